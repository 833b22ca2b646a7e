from __future__ import annotations

from summit_desk.cli import main

raise SystemExit(main())

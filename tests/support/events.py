"""Small events for tests that need a few delegations and nobody yet."""

from __future__ import annotations

SMALL_EVENT = {
    "event": {
        "code": "TEST-2025",
        "name_fa": "اجلاس آزمایشی",
        "name_en": "Test Summit",
        "timezone": "Asia/Tehran",
    },
    "days": [{"date": "2025-11-18"}, {"date": "2025-11-19"}],
    "sessions": [
        {
            "code": "GEN",
            "kind": "general",
            "name_fa": "پنل عمومی",
            "name_en": "General panel",
            "day": "2025-11-18",
            "starts": "09:00",
            "ends": "12:00",
        }
    ],
    "countries": [
        {"code": "IR", "name_fa": "ایران", "name_en": "Iran", "host": True, "order": 1},
        {"code": "RU", "name_fa": "روسیه", "name_en": "Russia", "name_native": "Россия",
         "order": 2},
        {"code": "AZ", "name_fa": "آذربایجان", "name_en": "Azerbaijan",
         "name_native": "Azərbaycan", "order": 3},
    ],
    "delegations": [
        {"code": "GIL", "country": "IR", "kind": "regional", "host": True, "name_fa": "گیلان",
         "name_en": "Gilan", "name_native": "گیلان", "order": 1},
        {"code": "AST", "country": "RU", "kind": "regional", "name_fa": "آستراخان",
         "name_en": "Astrakhan Oblast", "name_native": "Астраханская область", "order": 2},
        {"code": "BAK", "country": "AZ", "kind": "regional", "name_fa": "باکو",
         "name_en": "Baku", "name_native": "Bakı", "order": 3},
    ],
}  # fmt: skip

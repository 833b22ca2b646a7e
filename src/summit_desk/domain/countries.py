"""ISO 3166-1 countries with their English and Persian names, as import files name them.

An import's ``country`` cell may hold the alpha-2 code (``IR``), the alpha-3 code (``IRN``), or a
name in English or Persian, written any way the folding of ``names.fold`` forgives (ی/ي, ZWNJ or a
space, case). The table was generated from Debian's ``iso-codes`` (ISO 3166-1 and its Persian
translation), then corrected by hand where that translation is wrong or not what Iranians write
(روسیه, بریتانیا, ترکیه, آمریکا, کره جنوبی …); the English short names and common aliases
(Russia, UK, USA, Turkey …) are added for the same reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from summit_desk.assets import resource
from summit_desk.domain.names import fold


@dataclass(frozen=True, slots=True)
class IsoCountry:
    code: str  # alpha-2, what the database stores
    alpha3: str
    name_en: str
    name_fa: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.code, self.alpha3, self.name_en, self.name_fa, *self.aliases)


# code, alpha-3, English, Persian, other names
_TABLE: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("AW", "ABW", "Aruba", "آروبا", ()),
    ("AF", "AFG", "Afghanistan", "افغانستان", ("Islamic Republic of Afghanistan",)),
    ("AO", "AGO", "Angola", "آنگولا", ("Republic of Angola",)),
    ("AI", "AIA", "Anguilla", "آنگویلا", ("آنگیل",)),
    ("AX", "ALA", "Åland Islands", "جزایر آلند", ()),
    ("AL", "ALB", "Albania", "آلبانی", ("Republic of Albania",)),
    ("AD", "AND", "Andorra", "آندورا", ("Principality of Andorra",)),
    ("AE", "ARE", "United Arab Emirates", "امارات متحده عربی", ("امارات",)),
    ("AR", "ARG", "Argentina", "آرژانتین", ("Argentine Republic",)),
    ("AM", "ARM", "Armenia", "ارمنستان", ("Republic of Armenia",)),
    ("AS", "ASM", "American Samoa", "ساموآی آمریکایی", ()),
    ("AQ", "ATA", "Antarctica", "جنوبگان", ("قطب جنوب",)),
    ("TF", "ATF", "French Southern Territories", "مستعمره\u200cهای جنوبی فرانسه", ()),
    ("AG", "ATG", "Antigua and Barbuda", "آنتیگوا و باربودا", ()),
    ("AU", "AUS", "Australia", "استرالیا", ()),
    ("AT", "AUT", "Austria", "اتریش", ("Republic of Austria",)),
    ("AZ", "AZE", "Azerbaijan", "آذربایجان", ("Republic of Azerbaijan", "جمهوری آذربایجان")),
    ("BI", "BDI", "Burundi", "بوروندی", ("Republic of Burundi",)),
    ("BE", "BEL", "Belgium", "بلژیک", ("Kingdom of Belgium",)),
    ("BJ", "BEN", "Benin", "بنین", ("Republic of Benin",)),
    (
        "BQ",
        "BES",
        "Bonaire, Sint Eustatius and Saba",
        "بونیر، سینت یوستیشس و سبا",
        ("بنیر، سنت یوستتیوس",),
    ),
    ("BF", "BFA", "Burkina Faso", "بورکینافاسو", ()),
    ("BD", "BGD", "Bangladesh", "بنگلادش", ("People's Republic of Bangladesh",)),
    ("BG", "BGR", "Bulgaria", "بلغارستان", ("Republic of Bulgaria",)),
    ("BH", "BHR", "Bahrain", "بحرین", ("Kingdom of Bahrain",)),
    ("BS", "BHS", "Bahamas", "باهاما", ("Commonwealth of the Bahamas",)),
    (
        "BA",
        "BIH",
        "Bosnia and Herzegovina",
        "بوسنی و هرزگوین",
        ("Republic of Bosnia and Herzegovina",),
    ),
    ("BL", "BLM", "Saint Barthélemy", "سنت بارتلمی", ()),
    ("BY", "BLR", "Belarus", "بلاروس", ("Republic of Belarus",)),
    ("BZ", "BLZ", "Belize", "بلیز", ()),
    ("BM", "BMU", "Bermuda", "برمودا", ()),
    (
        "BO",
        "BOL",
        "Bolivia",
        "بولیوی",
        ("Bolivia, Plurinational State of", "Plurinational State of Bolivia"),
    ),
    ("BR", "BRA", "Brazil", "برزیل", ("Federative Republic of Brazil",)),
    ("BB", "BRB", "Barbados", "باربادوس", ()),
    ("BN", "BRN", "Brunei Darussalam", "برونئی دارالسلام", ()),
    ("BT", "BTN", "Bhutan", "بوتان", ("Kingdom of Bhutan",)),
    ("BV", "BVT", "Bouvet Island", "جزیرهٔ بووت", ()),
    ("BW", "BWA", "Botswana", "بوتسوانا", ("Republic of Botswana",)),
    ("CF", "CAF", "Central African Republic", "جمهوری آفریقای مرکزی", ()),
    ("CA", "CAN", "Canada", "کانادا", ()),
    ("CC", "CCK", "Cocos (Keeling) Islands", "جزایر کوکوس", ()),
    ("CH", "CHE", "Switzerland", "سوئیس", ("Swiss Confederation",)),
    ("CL", "CHL", "Chile", "شیلی", ("Republic of Chile",)),
    ("CN", "CHN", "China", "چین", ("People's Republic of China",)),
    ("CI", "CIV", "Côte d'Ivoire", "ساحل عاج", ("Republic of Côte d'Ivoire", "Ivory Coast")),
    ("CM", "CMR", "Cameroon", "کامرون", ("Republic of Cameroon",)),
    ("CD", "COD", "Congo, The Democratic Republic of the", "جمهوری دموکراتیک کنگو", ("DR Congo",)),
    ("CG", "COG", "Congo", "جمهوری کنگو", ("Republic of the Congo", "کونگو", "کنگو")),
    ("CK", "COK", "Cook Islands", "جزایر کوک", ()),
    ("CO", "COL", "Colombia", "کلمبیا", ("Republic of Colombia",)),
    ("KM", "COM", "Comoros", "کومورو", ("Union of the Comoros",)),
    ("CV", "CPV", "Cabo Verde", "کیپ\u200cورد", ("Republic of Cabo Verde", "Cape Verde")),
    ("CR", "CRI", "Costa Rica", "کاستاریکا", ("Republic of Costa Rica",)),
    ("CU", "CUB", "Cuba", "کوبا", ("Republic of Cuba",)),
    ("CW", "CUW", "Curaçao", "کوراسائو", ()),
    ("CX", "CXR", "Christmas Island", "جزیرهٔ کریسمس", ()),
    ("KY", "CYM", "Cayman Islands", "جزایر کیمن", ("جزایر کِیمن",)),
    ("CY", "CYP", "Cyprus", "قبرس", ("Republic of Cyprus",)),
    ("CZ", "CZE", "Czechia", "چک", ("Czech Republic", "جمهوری چک")),
    ("DE", "DEU", "Germany", "آلمان", ("Federal Republic of Germany",)),
    ("DJ", "DJI", "Djibouti", "جیبوتی", ("Republic of Djibouti",)),
    ("DM", "DMA", "Dominica", "دومینیکا", ("Commonwealth of Dominica",)),
    ("DK", "DNK", "Denmark", "دانمارک", ("Kingdom of Denmark",)),
    ("DO", "DOM", "Dominican Republic", "جمهوری دومینیکن", ()),
    ("DZ", "DZA", "Algeria", "الجزایر", ("People's Democratic Republic of Algeria",)),
    ("EC", "ECU", "Ecuador", "اکوادور", ("Republic of Ecuador",)),
    ("EG", "EGY", "Egypt", "مصر", ("Arab Republic of Egypt",)),
    ("ER", "ERI", "Eritrea", "اریتره", ("the State of Eritrea",)),
    ("EH", "ESH", "Western Sahara", "صحرای غربی", ()),
    ("ES", "ESP", "Spain", "اسپانیا", ("Kingdom of Spain",)),
    ("EE", "EST", "Estonia", "استونی", ("Republic of Estonia",)),
    ("ET", "ETH", "Ethiopia", "اتیوپی", ("Federal Democratic Republic of Ethiopia",)),
    ("FI", "FIN", "Finland", "فنلاند", ("Republic of Finland",)),
    ("FJ", "FJI", "Fiji", "فیجی", ("Republic of Fiji",)),
    ("FK", "FLK", "Falkland Islands (Malvinas)", "جزایر فالکلند(مالویناس)", ()),
    ("FR", "FRA", "France", "فرانسه", ("French Republic",)),
    ("FO", "FRO", "Faroe Islands", "جزایر فارو", ()),
    (
        "FM",
        "FSM",
        "Micronesia, Federated States of",
        "میکرونزی، ایالات فدرال",
        ("Federated States of Micronesia",),
    ),
    ("GA", "GAB", "Gabon", "گابون", ("Gabonese Republic",)),
    (
        "GB",
        "GBR",
        "United Kingdom",
        "بریتانیا",
        (
            "United Kingdom of Great Britain and Northern Ireland",
            "UK",
            "Great Britain",
            "Britain",
            "انگلستان",
            "انگلیس",
            "پادشاهی متحد",
        ),
    ),
    ("GE", "GEO", "Georgia", "گرجستان", ()),
    ("GG", "GGY", "Guernsey", "گرنزی", ()),
    ("GH", "GHA", "Ghana", "غنا", ("Republic of Ghana",)),
    ("GI", "GIB", "Gibraltar", "گیبرالتار", ()),
    ("GN", "GIN", "Guinea", "گینه", ("Republic of Guinea",)),
    ("GP", "GLP", "Guadeloupe", "گوادلوپ", ()),
    ("GM", "GMB", "Gambia", "گامبیا", ("Republic of the Gambia",)),
    ("GW", "GNB", "Guinea-Bissau", "گینهٔ بیسائو", ("Republic of Guinea-Bissau",)),
    ("GQ", "GNQ", "Equatorial Guinea", "گینهٔ استوایی", ("Republic of Equatorial Guinea",)),
    ("GR", "GRC", "Greece", "یونان", ("Hellenic Republic",)),
    ("GD", "GRD", "Grenada", "گرانادا", ()),
    ("GL", "GRL", "Greenland", "گروئنلند", ()),
    ("GT", "GTM", "Guatemala", "گواتمالا", ("Republic of Guatemala",)),
    ("GF", "GUF", "French Guiana", "گویان فرانسه", ()),
    ("GU", "GUM", "Guam", "گوام", ()),
    ("GY", "GUY", "Guyana", "گویان", ("Republic of Guyana",)),
    ("HK", "HKG", "Hong Kong", "هنگ کنگ", ("Hong Kong Special Administrative Region of China",)),
    ("HM", "HMD", "Heard Island and McDonald Islands", "جزیرهٔ هرد و جزایر مک\u200cدونالد", ()),
    ("HN", "HND", "Honduras", "هندوراس", ("Republic of Honduras",)),
    ("HR", "HRV", "Croatia", "کرواسی", ("Republic of Croatia",)),
    ("HT", "HTI", "Haiti", "هائیتی", ("Republic of Haiti", "هاییتی")),
    ("HU", "HUN", "Hungary", "مجارستان", ()),
    ("ID", "IDN", "Indonesia", "اندونزی", ("Republic of Indonesia",)),
    ("IM", "IMN", "Isle of Man", "جزیره من", ()),
    ("IN", "IND", "India", "هند", ("Republic of India", "هندوستان")),
    (
        "IO",
        "IOT",
        "British Indian Ocean Territory",
        "قلمرو بریتانیا در اقیانوس هند",
        ("مستعمره\u200cهای انگلستان در اقیانوس هند",),
    ),
    ("IE", "IRL", "Ireland", "ایرلند", ()),
    (
        "IR",
        "IRN",
        "Iran",
        "ایران",
        (
            "Iran, Islamic Republic of",
            "Islamic Republic of Iran",
            "ایران، جمهوری اسلامی",
            "جمهوری اسلامی ایران",
        ),
    ),
    ("IQ", "IRQ", "Iraq", "عراق", ("Republic of Iraq",)),
    ("IS", "ISL", "Iceland", "ایسلند", ("Republic of Iceland",)),
    ("IL", "ISR", "Israel", "اسرائیل", ("State of Israel", "اسراییل")),
    ("IT", "ITA", "Italy", "ایتالیا", ("Italian Republic",)),
    ("JM", "JAM", "Jamaica", "جاماییکا", ()),
    ("JE", "JEY", "Jersey", "جرسی", ()),
    ("JO", "JOR", "Jordan", "اردن", ("Hashemite Kingdom of Jordan",)),
    ("JP", "JPN", "Japan", "ژاپن", ()),
    ("KZ", "KAZ", "Kazakhstan", "قزاقستان", ("Republic of Kazakhstan", "جمهوری قزاقستان")),
    ("KE", "KEN", "Kenya", "کنیا", ("Republic of Kenya",)),
    ("KG", "KGZ", "Kyrgyzstan", "قرقیزستان", ("Kyrgyz Republic",)),
    ("KH", "KHM", "Cambodia", "کامبوج", ("Kingdom of Cambodia",)),
    ("KI", "KIR", "Kiribati", "کیریباتی", ("Republic of Kiribati",)),
    ("KN", "KNA", "Saint Kitts and Nevis", "سن کیتس و نویس", ()),
    ("KR", "KOR", "South Korea", "کره جنوبی", ("Korea, Republic of", "جمهوری کره")),
    ("KW", "KWT", "Kuwait", "کویت", ("State of Kuwait",)),
    (
        "LA",
        "LAO",
        "Laos",
        "لائوس",
        ("Lao People's Democratic Republic", "جمهوری دموکراتیک خلق لائو"),
    ),
    ("LB", "LBN", "Lebanon", "لبنان", ("Lebanese Republic",)),
    ("LR", "LBR", "Liberia", "لیبریا", ("Republic of Liberia",)),
    ("LY", "LBY", "Libya", "لیبی", ()),
    ("LC", "LCA", "Saint Lucia", "سن لوسیا", ()),
    ("LI", "LIE", "Liechtenstein", "لیختن\u200cاشتاین", ("Principality of Liechtenstein",)),
    ("LK", "LKA", "Sri Lanka", "سری\u200cلانکا", ("Democratic Socialist Republic of Sri Lanka",)),
    ("LS", "LSO", "Lesotho", "لسوتو", ("Kingdom of Lesotho",)),
    ("LT", "LTU", "Lithuania", "لیتوانی", ("Republic of Lithuania",)),
    ("LU", "LUX", "Luxembourg", "لوگزامبورگ", ("Grand Duchy of Luxembourg",)),
    ("LV", "LVA", "Latvia", "لتونی", ("Republic of Latvia",)),
    ("MO", "MAC", "Macao", "ماکائو", ("Macao Special Administrative Region of China",)),
    ("MF", "MAF", "Saint Martin (French part)", "سنت مارتین (بخش فرانسوی)", ()),
    ("MA", "MAR", "Morocco", "مراکش", ("Kingdom of Morocco",)),
    ("MC", "MCO", "Monaco", "موناکو", ("Principality of Monaco",)),
    ("MD", "MDA", "Moldova", "مولداوی", ("Moldova, Republic of", "Republic of Moldova")),
    ("MG", "MDG", "Madagascar", "ماداگاسکار", ("Republic of Madagascar",)),
    ("MV", "MDV", "Maldives", "مالدیو", ("Republic of Maldives",)),
    ("MX", "MEX", "Mexico", "مکزیک", ("United Mexican States",)),
    ("MH", "MHL", "Marshall Islands", "جزایر مارشال", ("Republic of the Marshall Islands",)),
    ("MK", "MKD", "North Macedonia", "مقدونیه شمالی", ("Republic of North Macedonia", "Macedonia")),
    ("ML", "MLI", "Mali", "مالی", ("Republic of Mali",)),
    ("MT", "MLT", "Malta", "مالت", ("Republic of Malta", "جزیره مالت")),
    ("MM", "MMR", "Myanmar", "میانمار", ("Republic of Myanmar",)),
    ("ME", "MNE", "Montenegro", "مونته نگرو", ()),
    ("MN", "MNG", "Mongolia", "مغولستان", ()),
    (
        "MP",
        "MNP",
        "Northern Mariana Islands",
        "جزایر ماریانای شمالی",
        ("Commonwealth of the Northern Mariana Islands",),
    ),
    ("MZ", "MOZ", "Mozambique", "موزامبیک", ("Republic of Mozambique",)),
    ("MR", "MRT", "Mauritania", "موریتانی", ("Islamic Republic of Mauritania",)),
    ("MS", "MSR", "Montserrat", "مونت\u200cسرات", ()),
    ("MQ", "MTQ", "Martinique", "مارتینیک", ()),
    ("MU", "MUS", "Mauritius", "موریس", ("Republic of Mauritius", "موریتیوس")),
    ("MW", "MWI", "Malawi", "مالاوی", ("Republic of Malawi",)),
    ("MY", "MYS", "Malaysia", "مالزی", ()),
    ("YT", "MYT", "Mayotte", "مایوت", ()),
    ("NA", "NAM", "Namibia", "نامیبیا", ("Republic of Namibia",)),
    ("NC", "NCL", "New Caledonia", "کالدونیای جدید", ()),
    ("NE", "NER", "Niger", "نیجر", ("Republic of the Niger",)),
    ("NF", "NFK", "Norfolk Island", "جزیرهٔ نورفولک", ()),
    ("NG", "NGA", "Nigeria", "نیجریه", ("Federal Republic of Nigeria",)),
    ("NI", "NIC", "Nicaragua", "نیکاراگوئه", ("Republic of Nicaragua",)),
    ("NU", "NIU", "Niue", "نیوئه", ()),
    ("NL", "NLD", "Netherlands", "هلند", ("Kingdom of the Netherlands",)),
    ("NO", "NOR", "Norway", "نروژ", ("Kingdom of Norway",)),
    ("NP", "NPL", "Nepal", "نپال", ("Federal Democratic Republic of Nepal",)),
    ("NR", "NRU", "Nauru", "نائورو", ("Republic of Nauru",)),
    ("NZ", "NZL", "New Zealand", "نیوزیلند", ()),
    ("OM", "OMN", "Oman", "عمان", ("Sultanate of Oman",)),
    ("PK", "PAK", "Pakistan", "پاکستان", ("Islamic Republic of Pakistan",)),
    ("PA", "PAN", "Panama", "پاناما", ("Republic of Panama",)),
    ("PN", "PCN", "Pitcairn", "پیتکایرن", ()),
    ("PE", "PER", "Peru", "پرو", ("Republic of Peru",)),
    ("PH", "PHL", "Philippines", "فیلیپین", ("Republic of the Philippines",)),
    ("PW", "PLW", "Palau", "پالائو", ("Republic of Palau",)),
    ("PG", "PNG", "Papua New Guinea", "پاپوا گینهٔ نو", ("Independent State of Papua New Guinea",)),
    ("PL", "POL", "Poland", "لهستان", ("Republic of Poland",)),
    ("PR", "PRI", "Puerto Rico", "پورتو ریکو", ()),
    (
        "KP",
        "PRK",
        "North Korea",
        "کره شمالی",
        (
            "Korea, Democratic People's Republic of",
            "Democratic People's Republic of Korea",
            "کره، جمهوری دموکراتیک خلق",
        ),
    ),
    ("PT", "PRT", "Portugal", "پرتغال", ("Portuguese Republic",)),
    ("PY", "PRY", "Paraguay", "پاراگوئه", ("Republic of Paraguay",)),
    ("PS", "PSE", "Palestine, State of", "فلسطین", ("the State of Palestine", "Palestine")),
    ("PF", "PYF", "French Polynesia", "پلی\u200cنزی فرانسه", ()),
    ("QA", "QAT", "Qatar", "قطر", ("State of Qatar",)),
    ("RE", "REU", "Réunion", "رئونیون", ()),
    ("RO", "ROU", "Romania", "رومانی", ()),
    ("RU", "RUS", "Russia", "روسیه", ("Russian Federation", "روسیه فدرال", "فدراسیون روسیه")),
    ("RW", "RWA", "Rwanda", "رواندا", ("Rwandese Republic",)),
    ("SA", "SAU", "Saudi Arabia", "عربستان سعودی", ("Kingdom of Saudi Arabia",)),
    ("SD", "SDN", "Sudan", "سودان", ("Republic of the Sudan",)),
    ("SN", "SEN", "Senegal", "سنگال", ("Republic of Senegal",)),
    ("SG", "SGP", "Singapore", "سنگاپور", ("Republic of Singapore",)),
    (
        "GS",
        "SGS",
        "South Georgia and the South Sandwich Islands",
        "جورجیای جنوبی و جزایر ساندویچ جنوبی",
        (),
    ),
    (
        "SH",
        "SHN",
        "Saint Helena, Ascension and Tristan da Cunha",
        "سنت هلنا، اسنشن و تریستان دا کونا",
        (),
    ),
    ("SJ", "SJM", "Svalbard and Jan Mayen", "اسوالبارد و جان ماین", ()),
    ("SB", "SLB", "Solomon Islands", "جزایر سلیمان", ()),
    ("SL", "SLE", "Sierra Leone", "سیرالئون", ("Republic of Sierra Leone",)),
    ("SV", "SLV", "El Salvador", "السالوادور", ("Republic of El Salvador",)),
    ("SM", "SMR", "San Marino", "سان مارینو", ("Republic of San Marino",)),
    ("SO", "SOM", "Somalia", "سومالی", ("Federal Republic of Somalia",)),
    ("PM", "SPM", "Saint Pierre and Miquelon", "سنت پیر و میکلون", ()),
    ("RS", "SRB", "Serbia", "صربستان", ("Republic of Serbia",)),
    ("SS", "SSD", "South Sudan", "سودان جنوبی", ("Republic of South Sudan",)),
    (
        "ST",
        "STP",
        "Sao Tome and Principe",
        "سائو تومه و پرینسیپه",
        ("Democratic Republic of Sao Tome and Principe",),
    ),
    ("SR", "SUR", "Suriname", "سورینام", ("Republic of Suriname",)),
    ("SK", "SVK", "Slovakia", "اسلواکی", ("Slovak Republic",)),
    ("SI", "SVN", "Slovenia", "اسلوونی", ("Republic of Slovenia",)),
    ("SE", "SWE", "Sweden", "سوئد", ("Kingdom of Sweden",)),
    (
        "SZ",
        "SWZ",
        "Eswatini",
        "اسواتینی",
        ("Kingdom of Eswatini", "Swaziland", "پادشاهی سوازیلند", "سوازیلند"),
    ),
    (
        "SX",
        "SXM",
        "Sint Maarten (Dutch part)",
        "سینت مارتن (بخش هلندی)",
        ("سنت مارتین (بخش آلمانی)",),
    ),
    ("SC", "SYC", "Seychelles", "سیشل", ("Republic of Seychelles",)),
    ("SY", "SYR", "Syria", "سوریه", ("Syrian Arab Republic", "جمهوری عربی سوریه")),
    ("TC", "TCA", "Turks and Caicos Islands", "جزایر ترک و کایکوس", ()),
    ("TD", "TCD", "Chad", "چاد", ("Republic of Chad",)),
    ("TG", "TGO", "Togo", "توگو", ("Togolese Republic",)),
    ("TH", "THA", "Thailand", "تایلند", ("Kingdom of Thailand",)),
    ("TJ", "TJK", "Tajikistan", "تاجیکستان", ("Republic of Tajikistan",)),
    ("TK", "TKL", "Tokelau", "توکلائو", ()),
    ("TM", "TKM", "Turkmenistan", "ترکمنستان", ()),
    ("TL", "TLS", "Timor-Leste", "تیمور شرقی", ("Democratic Republic of Timor-Leste",)),
    ("TO", "TON", "Tonga", "تونگا", ("Kingdom of Tonga",)),
    (
        "TT",
        "TTO",
        "Trinidad and Tobago",
        "ترینیداد و توباگو",
        ("Republic of Trinidad and Tobago", "ترینیداد و تُباگو"),
    ),
    ("TN", "TUN", "Tunisia", "تونس", ("Republic of Tunisia",)),
    ("TR", "TUR", "Türkiye", "ترکیه", ("Republic of Türkiye", "Turkey")),
    ("TV", "TUV", "Tuvalu", "تووالو", ()),
    ("TW", "TWN", "Taiwan", "تایوان", ("Taiwan, Province of China",)),
    (
        "TZ",
        "TZA",
        "Tanzania",
        "تانزانیا",
        ("Tanzania, United Republic of", "United Republic of Tanzania"),
    ),
    ("UG", "UGA", "Uganda", "اوگاندا", ("Republic of Uganda",)),
    ("UA", "UKR", "Ukraine", "اکراین", ()),
    ("UM", "UMI", "United States Minor Outlying Islands", "جزایر کوچک دورافتادهٔ ایالات متحده", ()),
    ("UY", "URY", "Uruguay", "اروگوئه", ("Eastern Republic of Uruguay",)),
    (
        "US",
        "USA",
        "United States",
        "آمریکا",
        (
            "United States of America",
            "USA",
            "US",
            "America",
            "ایالات متحدهٔ آمریکا",
            "ایالات متحده",
            "امریکا",
        ),
    ),
    ("UZ", "UZB", "Uzbekistan", "ازبکستان", ("Republic of Uzbekistan",)),
    ("VA", "VAT", "Holy See (Vatican City State)", "واتیکان", ("Vatican", "دولت شهر واتیکان")),
    ("VC", "VCT", "Saint Vincent and the Grenadines", "سن وینسنت و گرنادین", ()),
    (
        "VE",
        "VEN",
        "Venezuela",
        "ونزوئلا",
        ("Venezuela, Bolivarian Republic of", "Bolivarian Republic of Venezuela"),
    ),
    (
        "VG",
        "VGB",
        "Virgin Islands, British",
        "جزایر ویرجین بریتانیا",
        ("British Virgin Islands", "جزایر ویرجین ، بریتانیا"),
    ),
    (
        "VI",
        "VIR",
        "Virgin Islands, U.S.",
        "جزایر ویرجین ایالات متحده",
        ("Virgin Islands of the United States",),
    ),
    ("VN", "VNM", "Vietnam", "ویتنام", ("Viet Nam", "Socialist Republic of Viet Nam")),
    ("VU", "VUT", "Vanuatu", "وانواتو", ("Republic of Vanuatu",)),
    ("WF", "WLF", "Wallis and Futuna", "والیس و فیوتونا", ()),
    ("WS", "WSM", "Samoa", "ساموا", ("Independent State of Samoa",)),
    ("YE", "YEM", "Yemen", "یمن", ("Republic of Yemen",)),
    ("ZA", "ZAF", "South Africa", "آفریقای جنوبی", ("Republic of South Africa",)),
    ("ZM", "ZMB", "Zambia", "زامبیا", ("Republic of Zambia",)),
    ("ZW", "ZWE", "Zimbabwe", "زیمبابوه", ("Republic of Zimbabwe",)),
)


def country_key(text: str) -> str:
    """How a country's code or name is compared: folded, without spaces or ZWNJ."""
    return fold(text).replace(" ", "")


@cache
def countries() -> tuple[IsoCountry, ...]:
    """Every country of ``resources/countries.json``, in its order; read once."""
    path = resource("countries.json")
    rows = json.loads(path.read_text(encoding="utf-8"))
    return tuple(_country(row, path) for row in rows)


def _country(row: dict[str, Any], path: Path) -> IsoCountry:
    try:
        return IsoCountry(
            code=row["code"],
            alpha3=row["alpha3"],
            name_en=row["name_en"],
            name_fa=row["name_fa"],
            aliases=tuple(row.get("aliases", ())),
        )
    except (KeyError, TypeError) as error:  # a damaged installation, not a user's mistake
        raise ValueError(f"{path}: a country lacks {error} in {row!r}") from error


@cache
def _lookup() -> dict[str, IsoCountry]:
    # The first country to claim a name keeps it, so the file's order settles a shared alias.
    lookup: dict[str, IsoCountry] = {}
    for country in countries():
        for name in country.names:
            lookup.setdefault(country_key(name), country)
    return lookup


def find_country(text: str) -> IsoCountry | None:
    """The ISO country that ``text`` names by code or English or Persian name, if any."""
    key = country_key(text)
    return _lookup().get(key) if key else None

"""Commodity categories: canonical names, HS codes, primary or manufactured, and the mapping
from each category as a source writes it. Readers reject a category not listed here.

Primary versus manufactured follows UNCTAD's grouping of SITC: primary = SITC 0-4
and 68 (food, raw materials, fuels, non-ferrous metals); manufactured = SITC 5-8
less 68. A category mixing both is `mixed`.
"""

# canonical category -> (HS chapters or headings, class, why)
CATEGORIES = {
    "oil and petroleum products": ("2709, 2710", "primary", "SITC 33, fuels"),
    "aluminium": ("76", "primary", "SITC 684; non-ferrous metals (SITC 68) count as primary"),
    "fertilisers and minerals": (
        "31, 25",
        "mixed",
        "fertilisers are SITC 56 (manufactured), crude minerals SITC 27 (primary)",
    ),
    "coal": ("2701", "primary", "SITC 32, fuels"),
    "fish and seafood": ("03, 1604, 1605", "primary", "SITC 03, food"),
    "timber": ("44", "primary", "SITC 24, crude materials"),
    "iron and steel": ("72", "manufactured", "SITC 67, manufactured goods"),
    "vehicles and ships": (
        "87 (less 8708), 89",
        "manufactured",
        "SITC 78-79, transport equipment",
    ),
    "machinery": ("84", "manufactured", "SITC 71-75"),
    "household electrical and communication equipment": ("85", "manufactured", "SITC 76-77"),
    "car parts and tyres": ("8708, 4011", "manufactured", "SITC 784 and 625"),
}
OTHER = "other (not stated)"

# category as written -> (canonical category or None, how the mapping fits)
MAPPINGS = {
    # oil and petroleum products
    "น้ำมันและผลิตภัณฑ์ปิโตรเลียม": ("oil and petroleum products", "exact"),
    "อลูมิเนียม": ("aluminium", "exact"),
    # chemical fertilisers and minerals
    "ปุ๋ยเคมีและแร่ธาตุ": ("fertilisers and minerals", "exact"),
    "ถ่านหิน": ("coal", "exact"),
    "ปลาและอาหารทะเล": ("fish and seafood", "exact"),
    "ยานพาหนะ: รถยนต์ (รถยนต์ รถบรรทุก) รถประจำทาง รถจักรยานยนต์ เรือ": (
        "vehicles and ships",
        "exact",
    ),  # cars, lorries, buses, motorcycles, ships
    "ผลิตภัณฑ์วิศวกรรมเครื่องกล": ("machinery", "exact"),  # mechanical engineering products
    "เครื่องใช้ไฟฟ้าในครัวเรือนและการสื่อสาร": (
        "household electrical and communication equipment",
        "exact",
    ),
    "อะไหล่รถยนต์รวมทั้งยางรถยนต์": ("car parts and tyres", "exact"),  # car parts including tyres
    "น้ำมันจากซาคาลิน": ("oil and petroleum products", "narrower"),  # Sakhalin oil only
    "steel": ("iron and steel", "exact"),
    "fish": ("fish and seafood", "exact"),
    "timber": ("timber", "exact"),
    "machinery": ("machinery", "exact"),
    "cars": ("vehicles and ships", "narrower"),  # passenger cars only (HS 8703)
    "automobiles": ("vehicles and ships", "narrower"),  # motor vehicles only (HS 8702-8705)
    "TVs": ("household electrical and communication equipment", "narrower"),  # HS 8528 only
    "crude oil": ("oil and petroleum products", "narrower"),  # HS 2709 only
    "metals": (None, "unmapped"),  # ferrous (manufactured) or non-ferrous (primary) not said
}

# canonical category -> the groups of Japan's customs statistics (data/raw/official/
# japan_mof_trade_year_russia_china_world.csv) it is compared with, and how well they fit
CUSTOMS_GOODS = {
    "oil and petroleum products": (("Petroleum", "Petroleum Products"), "exact"),
    "aluminium": (("Nonferrous Metals",), "broader"),  # all non-ferrous metals
    "coal": (("Coal",), "exact"),
    "fish and seafood": (("Fish And Fish Preparation",), "exact"),
    "vehicles and ships": (("Motor Vehicles", "Ships"), "exact"),
    "machinery": (("Machinery",), "exact"),
    "household electrical and communication equipment": (("Electrical Machinery",), "broader"),
    "car parts and tyres": (("Parts Of Motor Vehicles",), "narrower"),  # tyres not included
}

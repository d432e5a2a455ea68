"""Trust presets: the organisers an office hears from, named once.

`th-mol` fits the international-affairs group of a Thai Ministry of Labour department:
the ASEAN Secretariat, the Ministry of Labour and its departments, the labour and
human-resources ministries of the ASEAN member states, the ILO and the UN system.
A preset only says who may be an organiser: their mail still has to be authenticated
(trust.trusted_authserv_ids or trust.verify_dkim), so a forged From gains nothing.

Government link services (go.gov.sg) make short links that only government officers
can create; a link through one is named as such and does not hold a meeting by itself.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TrustPreset:
    sender_domains: tuple[str, ...]
    government_link_hosts: tuple[str, ...]


TH_MOL = TrustPreset(
    sender_domains=(
        "asean.org",  # ASEAN Secretariat
        # Thailand: Ministry of Labour (subdomains are its departments) and departments
        # with their own domains.
        "mol.go.th",
        "doe.go.th",  # Department of Employment
        "dsd.go.th",  # Department of Skill Development
        "labour.go.th",  # Department of Labour Protection and Welfare
        "sso.go.th",  # Social Security Office
        # Labour and human-resources ministries of the ASEAN member states.
        "mom.gov.sg",  # Singapore, Ministry of Manpower
        "mohr.gov.my",  # Malaysia, Ministry of Human Resources
        "hrdcorp.gov.my",  # Malaysia, HRD Corp (under the Ministry of Human Resources)
        "dole.gov.ph",  # Philippines, Department of Labor and Employment
        "dmw.gov.ph",  # Philippines, Department of Migrant Workers
        "kemnaker.go.id",  # Indonesia, Ministry of Manpower
        "molisa.gov.vn",  # Viet Nam, Ministry of Labour, Invalids and Social Affairs
        "mlvt.gov.kh",  # Cambodia, Ministry of Labour and Vocational Training
        "buruh.gov.bn",  # Brunei Darussalam, Department of Labour
        # International organisations.
        "ilo.org",
        "un.org",
        "unescap.org",
        "iom.int",
    ),
    government_link_hosts=("go.gov.sg",),
)

PRESETS: dict[str, TrustPreset] = {
    "th-mol": TH_MOL,
    "none": TrustPreset(sender_domains=(), government_link_hosts=()),
}

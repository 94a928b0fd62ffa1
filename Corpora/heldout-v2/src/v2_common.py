"""Invented identities and note headers/footers for held-out v2 (all PHI is fictitious)."""
import random

FIRST = ["Marisol", "Desmond", "Ingrid", "Tobias", "Leticia", "Oren", "Priya", "Calvin", "Yusuf", "Bernadette",
         "Hollis", "Anneliese", "Rafferty", "Chiamaka", "Teodoro", "Wren", "Gustavo", "Imogen", "Lachlan", "Noemi",
         "Ezekiel", "Saoirse", "Delphine", "Kwabena", "Rosalind", "Thaddeus", "Mireille", "Benedikt", "Odalys", "Sunniva"]
LAST = ["Abernathy", "Quintero", "Vasquez-Lund", "Okonkwo", "Halvorsen", "Pettigrew", "Szymanski", "Delacroix",
        "Nakagawa", "Fairweather", "Brannigan", "Oyelaran", "Castellanos", "Thorsby", "MacAllister", "Rourke",
        "Lindqvist", "Achterberg", "Mbeki-Hart", "Tremblay", "Villanueva", "Kowalczyk", "Ashdown", "Ferreira"]
STREETS = ["Larchmont Ave", "Quarry Hill Rd", "Belvedere Ct", "Old Mill Lane", "Sycamore Terrace", "Harbor View Dr",
           "Tamarack St", "Wexford Pl", "Juniper Ridge Rd", "Canal St"]
TOWNS = [("Millbrook", "NY", "12545"), ("Easton", "PA", "18042"), ("Brookfield", "WI", "53005"),
         ("Tillamook", "OR", "97141"), ("Dover", "NH", "03820"), ("Ames", "IA", "50010"), ("Bristol", "VT", "05443")]
CLIN = ["Harriet Osei", "Matthias Greer", "Lourdes Benavides", "Kenji Farrow", "Ayodele Brandt", "Petra Novak",
        "Samir Haddad", "Colette Arbuckle", "Dmitri Voss", "Yolanda Pryce", "Ruairi Kennelly", "Fatima Zahedi"]


def ident(rng):
    d = {}
    d["name"] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    d["first"] = d["name"].split()[0]
    d["last"] = d["name"].split()[1]
    d["mrn"] = str(rng.randint(10000000, 99999999))
    d["dob"] = rng.choice(["{:02d}/{:02d}/{}", "{}-{:02d}-{:02d}"])
    m, dd, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1938, 2021)
    d["dob"] = f"{m:02d}/{dd:02d}/{y}" if rng.random() < 0.6 else f"{y}-{m:02d}-{dd:02d}"
    a, b = rng.randint(201, 989), rng.randint(200, 999)
    d["phone"] = rng.choice([f"({a}) {b}-{rng.randint(1000, 9999)}", f"{a}-{b}-{rng.randint(1000, 9999)}",
                             f"{a}.{b}.{rng.randint(1000, 9999)}"])
    d["phone2"] = f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    d["fax"] = f"{rng.randint(201, 989)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    d["ssn"] = f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    town, st, z = rng.choice(TOWNS)
    d["addr"] = f"{rng.randint(3, 4999)} {rng.choice(STREETS)}, {town}, {st} {z}"
    d["email"] = f"{d['first'].lower()}.{d['last'].lower().replace('-', '')}{rng.randint(1, 99)}@" + rng.choice(
        ["mailbox.test", "examplemail.com", "post.example.org"])
    d["clin"] = rng.choice(CLIN)
    d["clin2"] = rng.choice([c for c in CLIN if c != d["clin"]])
    d["fam"] = f"{rng.choice(FIRST)} {d['last']}"
    d["acc"] = f"RAD{rng.randint(1000000, 9999999)}"
    d["ip"] = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    d["url"] = rng.choice(["https://portal.millbrookhealth.example/visit/", "https://telehealth.eastonmed.example/s/",
                           "http://myhealth.bristolvt.example/pt?id="]) + str(rng.randint(100000, 999999))
    return d


def P(v, t):
    return f"‹{v}|{t}›"


def header(style, d, rng):
    k = rng.randint(0, 2)
    if style == "ed":
        return [
            f"EMERGENCY DEPARTMENT NOTE\nPatient: {P(d['name'], 'name')}    MRN: {P(d['mrn'], 'mrn')}    DOB: {P(d['dob'], 'dob')}\n"
            f"Attending: Dr. {P(d['clin'], 'name')}\n",
            f"ED Provider Note -- {P(d['last'] + ', ' + d['first'], 'name')} (MRN {P(d['mrn'], 'mrn')}), DOB {P(d['dob'], 'dob')}\n"
            f"Home address: {P(d['addr'], 'address')}\nEmergency contact: {P(d['fam'], 'name')} {P(d['phone'], 'phone')}\n",
            f"PT NAME: {P(d['name'].upper(), 'name')}\nMED REC #: {P(d['mrn'], 'mrn')}  D.O.B.: {P(d['dob'], 'dob')}  SSN: {P(d['ssn'], 'ssn')}\n",
        ][k]
    if style == "inpatient":
        return [
            f"HOSPITALIST PROGRESS NOTE\n{P(d['name'], 'name')} | MRN {P(d['mrn'], 'mrn')} | DOB {P(d['dob'], 'dob')} | Rm 4-217\n",
            f"Progress Note, Medicine B\nPatient {P(d['name'], 'name')}, MRN: {P(d['mrn'], 'mrn')}\nPCP fax {P(d['fax'], 'fax')}\n",
            f"Internal Medicine Daily Note\nName: {P(d['name'], 'name')}\nDOB: {P(d['dob'], 'dob')}\nMRN: {P(d['mrn'], 'mrn')}\n",
        ][k]
    if style == "discharge":
        return [
            f"DISCHARGE SUMMARY\nPatient: {P(d['name'], 'name')}  MRN: {P(d['mrn'], 'mrn')}  DOB: {P(d['dob'], 'dob')}\n"
            f"Discharging physician: {P(d['clin'], 'name')}, MD\nPCP: Dr. {P(d['clin2'], 'name')}, fax {P(d['fax'], 'fax')}\n",
            f"Discharge Summary for {P(d['name'], 'name')} (MRN {P(d['mrn'], 'mrn')})\nAddress on file: {P(d['addr'], 'address')}\n"
            f"Phone: {P(d['phone'], 'phone')}\n",
            f"DISCHARGE SUMMARY\nName: {P(d['name'], 'name')}\nDOB: {P(d['dob'], 'dob')}\nMRN: {P(d['mrn'], 'mrn')}\n"
            f"Copy to: Dr. {P(d['clin2'], 'name')} (fax {P(d['fax'], 'fax')})\n",
        ][k]
    if style == "nursing":
        return [
            f"NURSING NOTE - {P(d['name'], 'name')}, MRN {P(d['mrn'], 'mrn')}\n",
            f"RN Shift Note\nPt: {P(d['name'], 'name')}  DOB {P(d['dob'], 'dob')}\nFamily contact: {P(d['fam'], 'name')} {P(d['phone'], 'phone')}\n",
            f"Nursing Progress Note   MRN# {P(d['mrn'], 'mrn')}\n",
        ][k]
    if style == "psychiatry":
        return [
            f"PSYCHIATRY CONSULT\nPatient: {P(d['name'], 'name')}   MRN: {P(d['mrn'], 'mrn')}   DOB: {P(d['dob'], 'dob')}\n"
            f"Requested by: Dr. {P(d['clin2'], 'name')}\n",
            f"Behavioral Health Consultation -- {P(d['name'], 'name')}, MRN {P(d['mrn'], 'mrn')}\n"
            f"Collateral: {P(d['fam'], 'name')} (sister), {P(d['phone'], 'phone')}\n",
            f"Psych C/L Note\nName: {P(d['name'], 'name')}  SSN: {P(d['ssn'], 'ssn')}  DOB {P(d['dob'], 'dob')}\n",
        ][k]
    if style == "paediatrics":
        return [
            f"PEDIATRIC ED NOTE\nPatient: {P(d['name'], 'name')}  MRN: {P(d['mrn'], 'mrn')}  DOB: {P(d['dob'], 'dob')}\n"
            f"Guardian: {P(d['fam'], 'name')} (mother), cell {P(d['phone'], 'phone')}\n",
            f"Pediatrics Clinic Visit\n{P(d['name'], 'name')}  DOB {P(d['dob'], 'dob')}  MRN {P(d['mrn'], 'mrn')}\n"
            f"Parent email: {P(d['email'], 'email')}\n",
            f"Peds Urgent Care\nName: {P(d['name'], 'name')}\nMRN: {P(d['mrn'], 'mrn')}\nAccompanied by father {P(d['fam'], 'name')}\n",
        ][k]
    if style == "telehealth":
        return [
            f"TELEPHONE TRIAGE NOTE\nCaller: {P(d['fam'], 'name')} (spouse)   Callback: {P(d['phone'], 'phone')}\n"
            f"Patient: {P(d['name'], 'name')}  DOB: {P(d['dob'], 'dob')}  MRN: {P(d['mrn'], 'mrn')}\n",
            f"Video Visit Note\nPatient: {P(d['name'], 'name')} (MRN {P(d['mrn'], 'mrn')})\nSession link: {P(d['url'], 'url')}\n"
            f"Connection from IP {P(d['ip'], 'ip')}\n",
            f"Nurse Advice Line\nCaller: {P(d['name'], 'name')} (self), phone {P(d['phone'], 'phone')}, email {P(d['email'], 'email')}\n",
        ][k]
    if style == "radiology":
        return [
            f"RADIOLOGY REPORT\nPatient: {P(d['name'], 'name')}  MRN: {P(d['mrn'], 'mrn')}  DOB: {P(d['dob'], 'dob')}\n"
            f"Accession: {P(d['acc'], 'mrn')}\nOrdering: {P(d['clin'], 'name')}, MD\n",
            f"IMAGING REPORT -- {P(d['name'], 'name')}\nAcc# {P(d['acc'], 'mrn')}   MRN {P(d['mrn'], 'mrn')}\n",
            f"Radiology\nName: {P(d['last'] + ', ' + d['first'], 'name')}\nDOB: {P(d['dob'], 'dob')}\nAccession {P(d['acc'], 'mrn')}\n",
        ][k]
    # clinic / urgent care / OB triage
    return [
        f"URGENT CARE VISIT\nPatient: {P(d['name'], 'name')}   DOB: {P(d['dob'], 'dob')}   MRN: {P(d['mrn'], 'mrn')}\n",
        f"Clinic Note\n{P(d['name'], 'name')}, {P(d['addr'], 'address')}\nTel {P(d['phone'], 'phone')}  SSN {P(d['ssn'], 'ssn')}\n",
        f"OFFICE VISIT\nName: {P(d['name'], 'name')}   MRN: {P(d['mrn'], 'mrn')}\nReferring fax: {P(d['fax'], 'fax')}\n",
    ][k]


def footer(style, d, rng):
    k = rng.randint(0, 4)
    return [
        f"\nElectronically signed by {P(d['clin'], 'name')}, MD. Pager {P(d['phone2'], 'phone')}.\n",
        f"\n-- {P(d['clin'], 'name')}, RN\n",
        f"\nSigned: {P(d['clin'], 'name')} DO | Questions: {P(d['clin'].split()[0].lower() + '.' + d['clin'].split()[1].lower() + '@millbrookhealth.example', 'email')}\n",
        f"\nDictated by {P(d['clin'], 'name')}; transcribed, not proofread. Results line {P(d['phone2'], 'phone')}, fax {P(d['fax'], 'fax')}.\n",
        f"\nPatient portal: {P(d['url'], 'url')} (last login from {P(d['ip'], 'ip')})\nSigned {P(d['clin'], 'name')}, PA-C\n",
    ][k]

"""C87 Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87).

Every worker and employer, with only the armed forces and the police open to exclusion, may set up
and join organizations of their own choosing without previous authorization; those organizations
run their own affairs (rules, elections, activities, and the strikes the Committee reads into
Article 3) free of interference, cannot be dissolved by administrative decision, and may form and
join federations and international bodies.
"""
from normgap.rules import (
    Convention, above, act, boolean, category, count, enum, has_other_than, listing, listof, nonempty,
    percent, provision,
)

C87 = Convention(
    "C87", "Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)",
    articles={
        "1": "Giving effect to the Convention",
        "2": "Right to establish and join organizations without previous authorization",
        "3": "Organizations' rules, elections, administration and activities",
        "4": "Dissolution or suspension by administrative authority",
        "5": "Federations, confederations and international affiliation",
        "6": "Guarantees extended to federations and confederations",
        "7": "Acquisition of legal personality",
        "8": "Respect for the law of the land, which must not impair the guarantees",
        "9": "Armed forces and police",
        "10": "Meaning of \"organization\"",
        "11": "Measures to ensure the free exercise of the right to organise",
    },
)

ESSENTIAL_SERVICES = ("hospitals", "electricity", "water", "telephone", "air_traffic_control", "police",
                      "armed_forces", "fire_fighting", "prisons")
ALLOWED_EXCLUSIONS = ("armed_forces", "police")

C87.topic("freedom_of_association.guaranteed", boolean(),
          "the act of this statement grants workers and employers the right to establish and join "
          "organizations")
C87.topic("union_registration.prior_authorization", boolean(),
          "a trade union may be established or operate only with the prior authorization of the "
          "authorities (registration at their discretion)")
C87.topic("union_registration.minimum_members", count(),
          "minimum number of members required to establish or register a trade union")
C87.topic("union.monopoly", boolean(),
          "the law imposes a single trade union, or compulsory affiliation to a named body")
C87.topic("union.founding_share", percent(),
          "share of the workforce that must ask for a trade union before it may be established")
C87.topic("union_officers.restrictions", listof("nationality", "current_employment", "criminal_record",
                                                "political"),
          "conditions the law sets for eligibility to trade union office")
C87.topic("union.administrative_dissolution", boolean(),
          "organizations can be dissolved or suspended, or their registration cancelled, by "
          "administrative authority")
C87.topic("union.federation_restricted", boolean(),
          "the right of organizations to form or join federations and confederations, or to affiliate "
          "internationally, is restricted")
C87.topic("strike.ballot_majority", percent(),
          "majority a strike ballot must reach before a strike may be called")
C87.topic("strike.ballot_base", enum("votes_cast", "all_workers"),
          "what the strike ballot majority is counted on: the votes cast or all the workers concerned")
C87.topic("strike.prohibited_sectors", listof(*ESSENTIAL_SERVICES, "education", "transport", "railways",
                                              "ports", "banking", "postal", "petroleum",
                                              "radio_television", "mining", "agriculture",
                                              "public_service"),
          "sectors or services in which strikes are prohibited")
C87.topic("strike.penalty", enum("imprisonment", "fine", "none"),
          "the heaviest penalty the law attaches to participation in a strike")

# Sectors as a sentence names them.
_SECTOR_WORDS = {
    "hospitals": "hospitals", "electricity": "the electricity sector", "water": "water supply",
    "telephone": "telephone services", "air_traffic_control": "air traffic control",
    "police": "the police", "armed_forces": "the armed forces", "fire_fighting": "fire-fighting services",
    "prisons": "prisons", "education": "education", "transport": "transport",
    "railways": "the railways", "ports": "ports", "banking": "banking", "postal": "postal services",
    "petroleum": "the petroleum sector", "radio_television": "radio and television",
    "mining": "mining", "agriculture": "agriculture", "public_service": "the public service as a whole",
}

# Conditions of eligibility for trade union office, as "subject to ..." names them.
_RESTRICTION_WORDS = {
    "nationality": "nationality",
    "current_employment": "current employment in the occupation or enterprise concerned",
    "criminal_record": "the absence of a criminal record",
    "political": "political affiliation or activity",
}

STRIKE_COROLLARY = ("workers' organizations have the right to organize their activities and to formulate "
                    "their programmes, a right of which the right to strike is, in the Committee's view, "
                    "an intrinsic corollary")
PRACTICE = "and to provide information on the application of the provision in practice"


def _sectors(names) -> str:
    return listing(_SECTOR_WORDS.get(n, n.replace("_", " ")) for n in names)


def _together(first, second) -> str:
    """Two provisions in one phrase: ``sections 52(1) and 52(3) of the Labour Relations Act``."""
    if first.cite == second.cite:
        return first.phrase
    if first.act != second.act:
        return f"{first.phrase} and {second.phrase}"
    word, _, number = first.place.partition(" ")
    other_word, _, other_number = second.place.partition(" ")
    if word == other_word and number and other_number and word in ("section", "article", "rule",
                                                                    "regulation", "clause", "paragraph"):
        return f"{word}s {number} and {other_number} of the {first.phrase.split(' of the ', 1)[1]}"
    return f"{first.place} and {second.place} of the {first.phrase.split(' of the ', 1)[1]}"


@C87.rule("right-to-organise-excludes-categories", article="2", status="conflict", kind="observation",
          when=[provision("freedom_of_association.guaranteed", True, as_="granted"),
                act(of="granted", excludes=has_other_than(*ALLOWED_EXCLUSIONS), as_="source")],
          checks="the act granting the right to organize leaves out no category of workers other than "
                 "the armed forces and the police")
def right_to_organise_excludes_categories(f, granted, source):
    first = [p for p in f.in_force("freedom_of_association.guaranteed")
             if p.act == source.id and p.value is True][0]
    if granted != first:  # one finding per act, however many of its provisions grant the right
        f.drop()
        return
    wrong = f.uncovered(source, "freedom_of_association.guaranteed", True, allowed=ALLOWED_EXCLUSIONS)
    if not wrong:
        f.drop()
        return
    resting = [p for p in source.exclusions if any(c in wrong for c in p.value)]
    f.cite(*resting)
    f.fact("freedom_of_association.guaranteed", f"{granted.cite}: {granted.text}")
    f.fact("scope.excludes", "[" + ", ".join(source.excludes) + "]")
    f.fact("excluded without warrant", "[" + ", ".join(wrong) + "]")
    f.measure_items("scope.excludes", len(wrong), "categories of workers without the right to organize")
    f.fact("permitted exclusions (Article 9)", "[" + ", ".join(ALLOWED_EXCLUSIONS) + "]")
    who = listing(category(c) for c in wrong)
    them = "these categories" if len(wrong) > 1 else "this category"
    f.noted(f"the {source.name}, which guarantees the right to organize in {granted.place}, does not apply "
            f"to {who} ({listing(dict.fromkeys(p.place for p in resting))}), and that no other provision in "
            f"force guarantees the right to organize to {them}")
    f.recalled("workers and employers, without distinction whatsoever, have the right to establish and to "
               "join organizations of their own choosing; the only categories whose coverage national law "
               "may determine are the armed forces and the police (Article 9), an exception that is to be "
               "construed restrictively")
    f.requested(f"take the necessary measures to ensure that {who} enjoy the right to establish and join "
                f"organizations of their own choosing, whether by amending the {source.name} or by "
                f"other legislation, and to provide information on the measures taken to this end")


@C87.rule("union-prior-authorization-required", article="2", status="conflict", kind="observation",
          when=[provision("union_registration.prior_authorization", True, as_="stated")],
          checks="trade unions may be established without previous authorization")
def union_prior_authorization_required(f, stated):
    f.cite(stated)
    f.fact("union_registration.prior_authorization", stated.text)
    f.noted(f"{stated.phrase} makes the establishment of a trade union subject to the prior authorization "
            f"of the authorities, who may refuse registration at their discretion")
    f.recalled("workers and employers have the right to establish organizations without previous "
               "authorization; registration formalities are compatible with this right only where they "
               "are a simple formality that leaves the authorities no discretion to refuse")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that the registration of a trade "
                f"union is a mere formality and trade unions may be established without previous "
                f"authorization, {PRACTICE}, including the number of applications for registration "
                f"granted and refused")


@C87.rule("union-monopoly-imposed", article="2", status="conflict", kind="observation",
          when=[provision("union.monopoly", True, as_="stated")],
          checks="the law imposes no single trade union and no compulsory affiliation to a named body")
def union_monopoly_imposed(f, stated):
    f.cite(stated)
    f.fact("union.monopoly", stated.text)
    f.noted(f"{stated.phrase} imposes a single trade union structure, or the affiliation of trade unions "
            f"to a body designated by law")
    f.recalled("workers have the right to establish and join organizations of their own choosing; the "
               "Convention does not require trade union pluralism, but pluralism must remain possible in "
               "all cases, and a trade union monopoly imposed by law, including compulsory affiliation to "
               "a designated organization, is incompatible with this right, unlike a unity the workers "
               "choose for themselves")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that workers may establish and "
                f"join organizations of their own choosing, including outside the existing trade union "
                f"structure, without any obligation to affiliate to a body designated by law")


@C87.rule("union-minimum-membership-excessive", article="2", status="conflict", kind="observation",
          when=[provision("union_registration.minimum_members", above(20), as_="stated")],
          checks="the minimum membership to establish a trade union is not above 20")
def union_minimum_membership_excessive(f, stated):
    f.cite(stated)
    f.fact("union_registration.minimum_members", stated.text)
    f.fact("reasonable level", "20 members at most")
    f.noted(f"{stated.phrase} requires a trade union to have at least {stated.text} before it may be "
            f"established or registered")
    f.recalled("workers have the right to establish organizations of their own choosing; a minimum "
               "membership requirement is compatible with this right only if it is set at a reasonable "
               "level, so as not to hinder the establishment of organizations, in particular at the level "
               "of the enterprise and where small enterprises predominate")
    f.requested(f"take the necessary measures to lower the minimum membership of {stated.text} required by "
                f"{stated.phrase}, so that it does not hinder the establishment of trade unions, "
                f"{PRACTICE}")


@C87.rule("union-founding-share-excessive", article="2", status="conflict", kind="observation",
          when=[provision("union.founding_share", above(10), as_="stated")],
          checks="no more than 10 % of the workforce must ask for a trade union before it may be formed")
def union_founding_share_excessive(f, stated):
    f.cite(stated)
    f.fact("union.founding_share", stated.text)
    f.fact("reasonable level", "10 % at most")
    f.noted(f"{stated.phrase} allows a trade union to be established only where {stated.text} of the "
            f"workforce concerned has asked for it")
    f.recalled("workers have the right to establish organizations of their own choosing without previous "
               "authorization; a requirement that a high share of the workforce support the formation of "
               "a union hinders the establishment of organizations and makes the right depend on the "
               "size of the unit rather than on the workers' choice")
    f.requested(f"take the necessary measures to lower the share of {stated.text} of the workforce required "
                f"by {stated.phrase}, so that workers can establish trade unions without hindrance, "
                f"{PRACTICE}")


@C87.rule("union-officer-eligibility-restricted", article="3", status="conflict", kind="observation",
          when=[provision("union_officers.restrictions", nonempty(), as_="stated")],
          checks="the law lays down no conditions of eligibility for trade union office")
def union_officer_eligibility_restricted(f, stated):
    conditions = listing(_RESTRICTION_WORDS.get(r, r.replace("_", " ")) for r in stated.value)
    f.cite(stated)
    f.fact("union_officers.restrictions", stated.text)
    f.measure_items("union_officers.restrictions", len(stated.value), "conditions of eligibility for union office")
    f.noted(f"{stated.phrase} makes eligibility for trade union office subject to {conditions}")
    f.recalled("workers' organizations have the right to elect their representatives in full freedom, and "
               "the public authorities must refrain from any interference that would restrict this right; "
               "conditions of eligibility for trade union office are for the organizations' own rules to "
               "set, not for the law")
    others = [r for r in stated.value if r != "criminal_record"]
    steps = []
    if others:
        steps.append(f"removing the {'conditions' if len(others) > 1 else 'condition'} of "
                     + listing(_RESTRICTION_WORDS.get(r, r.replace("_", " ")) for r in others))
    if "criminal_record" in stated.value:
        steps.append("confining disqualification on account of a criminal record to convictions for "
                     "offences whose nature calls into question the integrity required for trade union office")
    f.requested(f"take the necessary measures to amend {stated.phrase} by {' and by '.join(steps)}, so that "
                f"workers' organizations can elect their representatives in full freedom")


@C87.rule("union-administrative-dissolution", article="4", status="conflict", kind="observation",
          when=[provision("union.administrative_dissolution", True, as_="stated")],
          checks="organizations cannot be dissolved or suspended by administrative authority")
def union_administrative_dissolution(f, stated):
    f.cite(stated)
    f.fact("union.administrative_dissolution", stated.text)
    f.noted(f"{stated.phrase} allows the administrative authority to dissolve or suspend a trade union, or "
            f"to cancel its registration")
    f.recalled("workers' and employers' organizations are not liable to be dissolved or suspended by "
               "administrative authority; a measure of such gravity may be taken only by the judicial "
               "authorities, after a procedure that fully guarantees the right of defence")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that trade unions may be "
                f"dissolved or suspended only by a decision of the courts, with full guarantees of the "
                f"right of defence and of appeal, and to provide information on any dissolution, "
                f"suspension or cancellation of registration ordered under this provision")


@C87.rule("union-federation-restricted", article="5", status="conflict", kind="observation",
          when=[provision("union.federation_restricted", True, as_="stated")],
          checks="organizations may freely form and join federations and affiliate internationally")
def union_federation_restricted(f, stated):
    f.cite(stated)
    f.fact("union.federation_restricted", stated.text)
    f.noted(f"{stated.phrase} restricts the right of trade unions to establish and join federations and "
            f"confederations, or to affiliate with international organizations")
    f.recalled("workers' and employers' organizations have the right to establish and join federations "
               "and confederations, and any such body has the right to affiliate with international "
               "organizations of workers and employers, without previous authorization")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that trade unions may freely "
                f"establish and join federations and confederations of their own choosing and affiliate "
                f"with international organizations")


@C87.rule("strike-ballot-majority-of-all-workers", article="3", status="conflict", kind="observation",
          when=[provision("strike.ballot_base", "all_workers", as_="base"),
                provision("strike.ballot_majority", above(50), as_="majority")],
          checks="a strike ballot does not require more than half of all the workers concerned")
def strike_ballot_majority_of_all_workers(f, base, majority):
    f.cite(majority)
    if base.cite != majority.cite:
        f.cite(base)
    f.fact("strike.ballot_majority", majority.text)
    f.fact("strike.ballot_base", base.text)
    where = _together(majority, base)
    f.noted(f"under {where}, a strike may be called only if it is approved by {majority.text} of all the "
            f"workers concerned, and not of those voting")
    f.recalled(f"{STRIKE_COROLLARY}; the conditions for calling a lawful strike must be reasonable and must "
               f"not make strike action practically impossible, so that where a ballot is required only "
               f"the votes cast should be counted, with a quorum and majority fixed at a reasonable level")
    f.requested(f"take the necessary measures to amend {where} so that the majority "
                f"required to call a strike is counted on the votes cast and set, together with any quorum, "
                f"at a reasonable level")


@C87.rule("strike-prohibited-outside-essential-services", article="3", status="conflict", kind="observation",
          when=[provision("strike.prohibited_sectors", has_other_than(*ESSENTIAL_SERVICES), as_="stated")],
          checks="strikes are prohibited only in essential services in the strict sense of the term")
def strike_prohibited_outside_essential_services(f, stated):
    beyond = [s for s in stated.value if s not in ESSENTIAL_SERVICES]
    f.cite(stated)
    f.fact("strike.prohibited_sectors", stated.text)
    f.fact("not essential in the strict sense", "[" + ", ".join(beyond) + "]")
    f.measure_items("strike.prohibited_sectors", len(beyond), "sectors outside the essential services under a strike ban")
    f.fact("essential services in the strict sense", "[" + ", ".join(ESSENTIAL_SERVICES) + "]")
    if len(beyond) == len(stated.value):
        f.noted(f"{stated.phrase} prohibits strikes in {_sectors(beyond)}, a prohibition that goes beyond "
                f"the essential services in the strict sense of the term")
    else:
        f.noted(f"{stated.phrase} prohibits strikes in {_sectors(stated.value)}, a prohibition that, as "
                f"regards {_sectors(beyond)}, goes beyond the essential services in the strict sense of "
                f"the term")
    f.recalled(f"{STRIKE_COROLLARY}; the right to strike may be restricted or prohibited only for public "
               f"servants exercising authority in the name of the State, in essential services in the "
               f"strict sense of the term, namely those whose interruption would endanger the life, "
               f"personal safety or health of the whole or part of the population, and in an acute "
               f"national crisis for a limited period; in other services, a negotiated minimum service "
               f"may be required instead of a prohibition")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that the prohibition of strikes "
                f"no longer applies to {_sectors(beyond)}, if need be by providing for a minimum service "
                f"negotiated with the social partners, {PRACTICE}")


@C87.rule("strike-penalty-imprisonment", article="3", status="conflict", kind="observation",
          when=[provision("strike.penalty", "imprisonment", as_="stated")],
          checks="participation in a strike is not punishable by imprisonment")
def strike_penalty_imprisonment(f, stated):
    f.cite(stated)
    f.fact("strike.penalty", stated.text)
    f.noted(f"{stated.phrase} makes participation in a strike punishable by imprisonment")
    f.recalled(f"{STRIKE_COROLLARY}; sanctions for strike action must be proportionate, no worker should "
               f"be sentenced to imprisonment for having peacefully participated in a strike, and penal "
               f"sanctions are warranted only where violence against persons or property or other serious "
               f"offences under the ordinary criminal law are committed")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that no sentence of imprisonment "
                f"may be imposed for peaceful participation in a strike, {PRACTICE}, including the number "
                f"of prosecutions brought and sentences imposed")


@C87.rule("compulsory-arbitration-imposed", article="3", status="conflict",
          kind="observation",
          when=[provision("disputes.compulsory_arbitration", True, as_="stated")],
          checks="a dispute is sent to binding arbitration only at the request of both parties or where "
                 "strikes may be restricted")
def compulsory_arbitration_imposed(f, stated):
    f.cite(stated)
    f.fact("disputes.compulsory_arbitration", stated.text)
    f.noted(f"{stated.phrase} allows a collective dispute outside essential services to be referred to "
            f"binding arbitration at the request of one party or on the initiative of the authorities")
    f.recalled(f"{STRIKE_COROLLARY}; compulsory arbitration to end a collective dispute or a strike is "
               f"acceptable only at the request of both parties, or where strikes may be restricted or "
               f"prohibited, namely for public servants exercising authority in the name of the State, in "
               f"essential services in the strict sense of the term and in an acute national crisis. The "
               f"Committee notes that the same question arises under Article 4 of the Right to Organise "
               f"and Collective Bargaining Convention, 1949 (No. 98), since arbitration imposed at the "
               f"request of one party undermines the voluntary nature of collective bargaining")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that a dispute may be referred to "
                f"binding arbitration only at the request of both parties or in the cases in which strikes "
                f"may be restricted or prohibited, {PRACTICE}, including the number of disputes referred "
                f"to arbitration and by whom")

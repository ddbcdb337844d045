"""C29 Forced Labour Convention, 1930: the rules of VOCABULARY.md, in the Committee's voice.

A ratifying State must suppress forced or compulsory labour in every form, which rules out indirect
compulsion through vagrancy laws, bars on resignation, overtime exacted under threat and migrant
workers tied to their employer.  Compulsory military service, prison labour and the other cases of
Article 2(2) fall outside the definition only within narrow limits (purely military work; prisoners
not placed at the disposal of private parties without their consent), and under Article 25 the
illegal exaction of forced labour, trafficking included, must be a penal offence carrying adequate,
strictly enforced penalties.
"""
from normgap.rules import Convention, boolean, enum, no_provision, one_of, provision

C29 = Convention(
    "C29", "Forced Labour Convention, 1930 (No. 29)",
    # Articles 1(2)-(3) and 3 to 24 (the transitional period) were deleted by Article 7 of the
    # Protocol of 2014 and have no present effect; Article 26 and the final articles are procedural.
    articles={
        "1(1)": "Suppression of forced or compulsory labour in all its forms",
        "2(1)": "Definition of forced or compulsory labour",
        "2(2)(a)": "Compulsory military service",
        "2(2)(b)": "Normal civic obligations",
        "2(2)(c)": "Prison labour",
        "2(2)(d)": "Work exacted in cases of emergency",
        "2(2)(e)": "Minor communal services",
        "25": "Penal sanctions",
    },
)

PENALTIES = ("imprisonment", "fine", "none")

C29.topic("forced_labour.offence", boolean(), "the illegal exaction of forced or compulsory labour is a penal offence")
C29.topic("forced_labour.penalty", enum(*PENALTIES),
          "the heaviest penalty the law attaches to the illegal exaction of forced or compulsory labour")
C29.topic("trafficking.offence", boolean(),
          "trafficking in persons for labour or sexual exploitation is a penal offence")
C29.topic("trafficking.penalty", enum(*PENALTIES),
          "the heaviest penalty the law attaches to trafficking in persons")
C29.topic("prison_labour.private_without_consent", boolean(),
          "convicted prisoners may be hired to or placed at the disposal of private individuals, companies "
          "or associations without their formal, free and informed consent")
C29.topic("vagrancy.punishable", boolean(),
          "being without work or means of subsistence is itself punishable, with no link to an unlawful "
          "act or a disturbance of public order")
C29.topic("resignation.restricted", boolean(),
          "workers or public servants cannot leave their employment by giving reasonable notice")
C29.topic("conscripts.non_military_work", boolean(),
          "persons performing compulsory military service may be required to do work of a non-military character")
C29.topic("overtime.compulsory_under_penalty", boolean(),
          "workers may be made to work overtime beyond the legal limits under the menace of dismissal or "
          "another penalty")
C29.topic("migrant_workers.employer_tied", boolean(),
          "migrant workers need their employer's consent to change employer or to leave the country")

ENFORCEMENT = ("and to provide information on the application of the provision in practice, including the "
               "number of investigations, prosecutions and convictions and the penalties imposed")

SUPPRESSION = ("each Member undertakes to suppress forced or compulsory labour in all its forms, meaning any "
               "work or service demanded of a person under threat of a penalty and not undertaken of that "
               "person's own free will")

PRISON_LABOUR_C105 = ("The Committee also draws the Government's attention to the Abolition of Forced Labour "
                      "Convention, 1957 (No. 105), under which compulsory prison labour may not be used as a "
                      "punishment for the expression of political views, for participation in strikes or as a "
                      "means of labour discipline")


def _penalty_clause(stated, offence: str) -> str:
    """What a `fine` or `none` penalty provision does, in a noted clause."""
    if stated.value == "fine":
        return f"{stated.phrase} punishes {offence} with a fine only"
    return f"{stated.phrase} does not attach any penalty to {offence}"


@C29.rule("forced-labour-not-an-offence", article="25", status="missing", kind="observation",
          when=[no_provision("forced_labour.offence", True)],
          checks="the illegal exaction of forced or compulsory labour is a penal offence")
def forced_labour_not_an_offence(f):
    f.note_lack("forced_labour.offence",
                said_no="the illegal exaction of forced or compulsory labour is not punishable as a penal offence",
                unstated="does not appear to make the illegal exaction of forced or compulsory labour a "
                         "penal offence")
    f.recalled("the illegal exaction of forced or compulsory labour must be punishable as a penal offence, "
               "and the penalties laid down by law must be really adequate and strictly enforced")
    f.requested("indicate the provisions that make the illegal exaction of forced or compulsory labour a penal "
                "offence or, failing that, to take the necessary measures to establish such an offence, "
                "punishable by adequate and dissuasive penalties")


@C29.rule("forced-labour-penalty-not-dissuasive", article="25", status="conflict", kind="observation",
          when=[provision("forced_labour.penalty", value=one_of("fine", "none"), as_="stated")],
          checks="the exaction of forced labour is punishable by imprisonment, not by a fine only or by no penalty")
def forced_labour_penalty_not_dissuasive(f, stated):
    f.cite(stated)
    f.fact("forced_labour.penalty", stated.text)
    f.fact("required", "imprisonment (penalties really adequate and strictly enforced)")
    f.noted(_penalty_clause(stated, "the illegal exaction of forced or compulsory labour"))
    f.recalled("the illegal exaction of forced or compulsory labour shall be punishable as a penal offence "
               "with penalties that are really adequate and strictly enforced; neither a fine alone nor the "
               "absence of any penalty can be regarded as an effective and dissuasive sanction for so "
               "serious a violation of human rights")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that the illegal exaction of forced "
                f"or compulsory labour is punishable by sufficiently dissuasive penalties of imprisonment, "
                f"{ENFORCEMENT}")


@C29.rule("trafficking-not-an-offence", article="25", status="missing", kind="direct_request",
          when=[no_provision("trafficking.offence", True)],
          checks="trafficking in persons for labour or sexual exploitation is a penal offence")
def trafficking_not_an_offence(f):
    f.note_lack("trafficking.offence",
                said_no="trafficking in persons is not established as a penal offence",
                unstated="does not appear to make trafficking in persons for the purpose of labour or sexual "
                         "exploitation a penal offence")
    f.recalled("the illegal exaction of forced or compulsory labour, including through trafficking in persons "
               "for the purpose of labour or sexual exploitation, shall be punishable as a penal offence with "
               "penalties that are really adequate and strictly enforced")
    f.requested("indicate the provisions that criminalize trafficking in persons for the purpose of labour and "
                "sexual exploitation or, failing that, to adopt them, and to provide information on the "
                "measures taken to identify and protect the victims")


@C29.rule("trafficking-penalty-not-dissuasive", article="25", status="conflict", kind="direct_request",
          when=[provision("trafficking.penalty", value=one_of("fine", "none"), as_="stated")],
          checks="trafficking in persons is punishable by imprisonment, not by a fine only or by no penalty")
def trafficking_penalty_not_dissuasive(f, stated):
    f.cite(stated)
    f.fact("trafficking.penalty", stated.text)
    f.fact("required", "imprisonment (penalties really adequate and strictly enforced)")
    f.noted(_penalty_clause(stated, "trafficking in persons"))
    f.recalled("the illegal exaction of forced or compulsory labour, including through trafficking in persons, "
               "shall be punishable by penalties that are really adequate and strictly enforced; a fine "
               "alone, or no penalty at all, is not sufficiently dissuasive for an offence of this gravity")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that trafficking in persons is "
                f"punishable by sufficiently dissuasive penalties of imprisonment, {ENFORCEMENT}")


@C29.rule("prison-labour-for-private-parties-without-consent", article="2(2)(c)", status="conflict",
          kind="observation",
          when=[provision("prison_labour.private_without_consent", True, as_="stated")],
          checks="convicted prisoners are not hired to or placed at the disposal of private parties without "
                 "their free and informed consent")
def prison_labour_for_private_parties_without_consent(f, stated):
    f.cite(stated)
    f.fact("prison_labour.private_without_consent", stated.text)
    f.noted(f"under {stated.phrase}, convicted prisoners may be hired to or placed at the disposal of private "
            f"individuals, companies or associations without their formal, freely given and informed consent")
    f.recalled("work exacted from a person as a consequence of a conviction in a court of law falls outside "
               "the definition of forced labour only if it is carried out under the supervision and control of "
               "a public authority and the person is not hired to or placed at the disposal of private "
               "individuals, companies or associations; work for private users is compatible with the "
               "Convention only where the prisoner has given formal, freely given and informed consent and the "
               "conditions of work approximate those of a free employment relationship, as regards wages, "
               "social security and occupational safety and health. " + PRISON_LABOUR_C105)
    f.requested(f"take the necessary measures to amend {stated.phrase} so that convicted prisoners may work "
                f"for private enterprises only with their formal, freely given and informed consent, "
                f"preferably in writing, and under conditions approximating a free employment relationship, "
                f"and to provide information on the number of prisoners working for private users and on "
                f"their conditions of work")


@C29.rule("vagrancy-punishable", article="1(1)", status="conflict", kind="observation",
          when=[provision("vagrancy.punishable", True, as_="stated")],
          checks="the mere fact of being without work or means of subsistence is not punishable")
def vagrancy_punishable(f, stated):
    f.cite(stated)
    f.fact("vagrancy.punishable", stated.text)
    f.noted(f"{stated.phrase} makes it an offence for a person to be without work or without means of "
            f"subsistence, whether or not that person has committed any unlawful act or disturbed public order")
    f.recalled(SUPPRESSION + "; a law that punishes persons for the mere fact of not working amounts to an "
               "indirect compulsion to work, and vagrancy may be penalized only where it is linked to unlawful "
               "activities or to a disturbance of public order")
    f.requested(f"take the necessary measures to amend or repeal {stated.phrase} so that only persons who "
                f"engage in unlawful activities or disturb public order may be punished for vagrancy")


@C29.rule("resignation-restricted", article="1(1)", status="conflict", kind="observation",
          when=[provision("resignation.restricted", True, as_="stated")],
          checks="workers and public servants may leave their employment by giving reasonable notice")
def resignation_restricted(f, stated):
    f.cite(stated)
    f.fact("resignation.restricted", stated.text)
    f.noted(f"{stated.phrase} does not allow the workers or public servants it covers to leave their "
            f"employment at their own initiative by giving notice of reasonable length")
    f.recalled(SUPPRESSION + "; all workers, including public servants and career members of the armed "
               "forces, must remain free in peacetime to leave their employment by giving reasonable notice, "
               "since provisions that prevent them from doing so turn an employment relationship based on the "
               "agreement of the parties into service exacted by compulsion of law")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that workers and public servants may "
                f"terminate their employment by giving notice of reasonable length, and to provide information "
                f"on the application of the provision in practice, including the number of requests to resign "
                f"that were refused")


@C29.rule("migrant-workers-tied-to-employer", article="1(1)", status="conflict", kind="observation",
          when=[provision("migrant_workers.employer_tied", True, as_="stated")],
          checks="migrant workers may change employer and leave the country without the employer's consent")
def migrant_workers_tied_to_employer(f, stated):
    f.cite(stated)
    f.fact("migrant_workers.employer_tied", stated.text)
    f.noted(f"under {stated.phrase}, the ability of migrant workers to change employer or to leave the "
            f"country depends on the consent of their employer")
    f.recalled(SUPPRESSION + "; migrant workers must be protected against practices that increase their "
               "vulnerability to forced labour, and a system under which they need their employer's consent "
               "to change employer or to leave the country gives the employer a degree of control that can "
               "lead to the exaction of labour under the menace of a penalty")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that migrant workers may change "
                f"employer and leave the country without their employer's consent, and to provide information "
                f"on the number of complaints lodged by migrant workers, the penalties imposed on employers "
                f"and the remedies granted")


@C29.rule("conscripts-used-for-non-military-work", article="2(2)(a)", status="conflict", kind="observation",
          when=[provision("conscripts.non_military_work", True, as_="stated")],
          checks="work exacted under compulsory military service laws is of a purely military character")
def conscripts_used_for_non_military_work(f, stated):
    f.cite(stated)
    f.fact("conscripts.non_military_work", stated.text)
    f.noted(f"under {stated.phrase}, persons performing compulsory military service may be required to "
            f"carry out work of a non-military character")
    f.recalled("work or service exacted under compulsory military service laws is excluded from the "
               "definition of forced or compulsory labour only if it is of a purely military character; "
               "the use of conscripts for public works, economic development or other civilian purposes "
               "is compulsory labour within the meaning of the Convention")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that work exacted from persons "
                f"performing compulsory military service is limited to work of a purely military character, "
                f"and to provide information on the tasks actually assigned to conscripts")


@C29.rule("overtime-exacted-under-penalty", article="1(1)", status="conflict", kind="direct_request",
          when=[provision("overtime.compulsory_under_penalty", True, as_="stated")],
          checks="workers are not made to work overtime beyond the legal limits under the menace of a penalty")
def overtime_exacted_under_penalty(f, stated):
    f.cite(stated)
    f.fact("overtime.compulsory_under_penalty", stated.text)
    f.noted(f"under {stated.phrase}, workers may be required, under the menace of dismissal or another "
            f"penalty, to work overtime beyond the limits set by law")
    f.recalled(SUPPRESSION + "; overtime worked within the limits permitted by law is not in itself forced "
               "labour, but work exacted beyond those limits under the menace of dismissal or another "
               "penalty falls within the definition of forced or compulsory labour")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that workers may refuse overtime "
                f"beyond the limits set by law without incurring dismissal or any other penalty, and to "
                f"provide information on the application of the provision in practice, including the "
                f"complaints received and the inspections carried out")

#!/usr/bin/env python3
"""Writes the JSON Schemas (draft 2020-12) of thidua's seven document kinds.

The shapes mirror serialization/internal/CoreTypes.java and ScoringTypes.java: a property is
"required" here exactly when the reader fails without it (no builder default, not Optional, not a
collection). Each output file is self-contained: it carries only the $defs it reaches.

Run from the repository root after changing a shape, then review and commit the output:

    python3 serialization/src/schemas/generate.py
"""
import json
import os

OUT = "serialization/src/main/resources/io/github/thidua/serialization/schemas"
BASE = "https://thidua.github.io/schemas/1/"

ENUMS = {
    "PeriodKind": ["YEAR", "HALF_YEAR", "PHASE", "CUSTOM"],
    "OrganiserLevel": ["CENTRAL", "MINISTRY_PROVINCE", "DISTRICT", "GRASSROOTS"],
    "OrganiserKind": ["STATE_COUNCIL", "PEOPLES_COMMITTEE", "MINISTRY", "MASS_ORGANISATION",
                      "PARTY_COMMITTEE", "ENTERPRISE", "OTHER"],
    "ClusterKind": ["CLUSTER", "BLOC"],
    "Role": ["HEAD", "DEPUTY", "HOST"],
    "SelectionMethod": ["ACCLAIMED", "ROTATED", "APPOINTED"],
    "Direction": ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"],
    "MissingTargetPolicy": ["ZERO", "FULL", "REJECT"],
    "LeaderTiePolicy": ["ALL_TIED_LEAD", "NONE_LEAD"],
    "AssessmentStage": ["SELF", "CROSS_CHECK", "VERIFIED", "FINAL"],
    "Discipline": ["NONE", "REPRIMAND", "WARNING", "DISMISSAL"],
    "BallotMode": ["IN_PERSON", "WRITTEN"],
    "AwardForm": ["FLAG", "CERTIFICATE_OF_MERIT", "CERTIFICATE_OF_COMMENDATION", "COLLECTIVE_TITLE",
                  "INDIVIDUAL_TITLE"],
    "IssuerLevel": ["GOVERNMENT", "PRIME_MINISTER", "MINISTRY_PROVINCE_CENTRAL", "DISTRICT", "GRASSROOTS",
                    "CLUSTER"],
    "RecipientKind": ["COLLECTIVE", "INDIVIDUAL", "HOUSEHOLD"],
    "RoundingMode": ["UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN", "UNNECESSARY"],
    "ScoreSource": ["COMPUTED", "RECORDED"],
    "MissingStagePolicy": ["FALL_BACK", "ZERO", "REJECT"],
    "MissingSheetPolicy": ["REJECT", "EMPTY"],
    "EvaluationScope": ["CLUSTER", "SUB_GROUP"],
    "GuardFallback": ["NEXT_LOWER_BAND", "NAMED_BAND"],
    "BandGuardKind": ["NO_CRITERION_ZERO", "MIN_CRITERION_SHARE", "NO_EVENT"],
    "RankingKind": ["COMPETITION", "DENSE", "ORDINAL"],
    "LadderScope": ["CLUSTER", "SUB_GROUP"],
    "QuotaBase": ["CANDIDATES", "MEMBERS"],
    "StraddleRule": ["CONTINUE_TIE_CHAIN", "INCLUDE_ALL", "EXCLUDE_ALL", "REFER_TO_VOTE"],
    "AwardStatus": ["PROPOSED", "CUT_BY_QUOTA", "INELIGIBLE", "UNDECIDED_AT_QUOTA_LINE", "NOT_QUALIFIED"],
}

BUILT_IN_KINDS = ["qualitative", "quantitative", "leader-relative", "count", "bonus", "deduction", "formula"]


def ref(name):
    return {"$ref": "#/$defs/" + name}


def arr(item):
    return {"type": "array", "items": item}


def keyed(keys, values):
    """A JSON object standing for a map."""
    return {"type": "object", "propertyNames": keys, "additionalProperties": values}


def obj(description, required, optional=None, **extra):
    """An object whose unknown properties the reader refuses."""
    props = dict(required)
    props.update(optional or {})
    out = {"description": description, "type": "object", "properties": props}
    if required:
        out["required"] = list(required.keys())
    out["additionalProperties"] = False
    out.update(extra)
    return out


STRING = {"type": "string"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}

DEFS = {
    # ---- scalars
    "Id": {"description": "An identifier: a letter or digit, then letters, digits, '.', '_', ':' or '-'; "
                          "at most 64 characters.",
           "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"},
    "Name": {"description": "A name: non-blank text of at most 300 characters, NFC-normalised when read.",
             "type": "string", "minLength": 1, "maxLength": 300, "pattern": "\\S"},
    "Points": {"description": "Points: an exact decimal, written as a plain JSON number.", "type": "number"},
    "Decimal": {"description": "An exact decimal, written as a plain JSON number.", "type": "number"},
    "Vnd": {"description": "An amount of money: a whole number of đồng.", "type": "integer", "minimum": 0},
    "Date": {"description": "An ISO-8601 date, such as 2023-12-31.", "type": "string", "format": "date",
             "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    "Year": {"description": "A year, such as 2023.", "type": "integer"},
    "Code": {"description": "A criterion code, such as I.2.a.", "type": "string",
             "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"},
    "PluginName": {"description": "The stable name of a plug-in: lower-case words joined by '-'.",
                   "type": "string", "pattern": "^[a-z][a-z0-9-]{1,63}$"},
    "NonBlank": {"type": "string", "pattern": "\\S"},
    "Text": obj("Text in Vietnamese and English.", {"vi": ref("NonBlank"), "en": ref("NonBlank")}),
    "Period": obj("A period; its dates must fit its kind (a YEAR runs 1 January to 31 December).",
                  {"kind": ref("PeriodKind"), "start": ref("Date"), "end": ref("Date")}),
    "Rounding": obj("Rounding: to a scale, to a step, or none ({}).", {},
                    {"scale": INT, "step": ref("Decimal"), "mode": ref("RoundingMode")},
                    **{"not": {"required": ["scale", "step"]},
                       "dependentSchemas": {"mode": {"anyOf": [{"required": ["scale"]}, {"required": ["step"]}]}}}),
    "Parameters": {"description": "A plug-in's parameters: names to values, kept as their exact text.",
                   "type": "object",
                   "propertyNames": {"pattern": "^[a-zA-Z][a-zA-Z0-9._-]{0,63}$"},
                   "additionalProperties": {"type": ["string", "number", "boolean"]}},

    # ---- clusters
    "Organiser": obj("The body that organises a cluster.",
                     {"id": ref("Id"), "name": ref("Name"), "level": ref("OrganiserLevel"),
                      "kind": ref("OrganiserKind")},
                     {"shortName": ref("Name")}),
    "Collective": obj("A member unit.", {"id": ref("Id"), "name": ref("Name")},
                      {"shortName": ref("Name"), "headCount": INT, "womenCount": INT}),
    "SubGroup": obj("A sub-group of members.", {"id": ref("Id"), "name": ref("Name")},
                    {"members": arr(ref("Id"))}),
    "RoleAssignment": obj("Who holds a role in a year.",
                          {"year": ref("Year"), "role": ref("Role"), "holder": ref("Id"),
                           "method": ref("SelectionMethod")},
                          {"decidedOn": ref("Date"), "decisionReference": STRING, "subGroup": ref("Id")}),
    "Cluster": obj("A cluster or bloc.",
                   {"id": ref("Id"), "kind": ref("ClusterKind"), "name": ref("Name"), "organiser": ref("Organiser")},
                   {"number": INT, "members": arr(ref("Collective")), "subGroups": arr(ref("SubGroup")),
                    "roles": arr(ref("RoleAssignment"))}),

    # ---- covenants
    "Indicator": obj("An indicator that targets are pledged on.",
                     {"id": ref("Id"), "name": ref("Name"), "unitOfMeasure": STRING, "direction": ref("Direction")}),
    "PledgedTarget": obj("A unit's pledged target on an indicator.",
                         {"unit": ref("Id"), "indicator": ref("Id"), "value": ref("Decimal")}, {"note": STRING}),
    "Qualitative": obj("Achieved or not.", {"kind": {"const": "qualitative"}},
                       {"fractionIfNotAchieved": ref("Decimal")}),
    "Quantitative": obj("Actual against the pledged target.",
                        {"kind": {"const": "quantitative"}, "indicator": ref("Id")},
                        {"ratioCap": ref("Decimal"), "missingTarget": ref("MissingTargetPolicy")}),
    "LeaderRelative": obj("Relative to the leading unit.",
                          {"kind": {"const": "leader-relative"}, "indicator": ref("Id")},
                          {"leaderTie": ref("LeaderTiePolicy")}),
    "CountBased": obj("Points per counted occurrence.",
                      {"kind": {"const": "count"}, "pointsPerOccurrence": ref("Points")}),
    "Bonus": obj("Bonus points per occurrence.", {"kind": {"const": "bonus"}, "pointsPerOccurrence": ref("Points")}),
    "Deduction": obj("Points deducted per occurrence.",
                     {"kind": {"const": "deduction"}, "pointsPerOccurrence": ref("Points")}),
    "Formula": obj("A formula over named inputs.", {"kind": {"const": "formula"}, "expression": STRING},
                   {"inputs": arr(STRING)}),
    "CustomKind": obj("A kind of one's own, scored by the rule registered under its name.",
                      {"kind": {"type": "string", "pattern": "^[a-z][a-z0-9-]{1,63}$",
                                "not": {"enum": BUILT_IN_KINDS}}},
                      {"label": ref("Text"),
                       "parameters": keyed({"pattern": "^[a-zA-Z_][a-zA-Z0-9_.-]{0,63}$"}, STRING)}),
    "CriterionKind": {
        "description": "How a criterion is scored: \"kind\" names the kind, its parameters sit beside it.",
        "type": "object", "required": ["kind"],
        "properties": {"kind": STRING},
        "if": {"properties": {"kind": {"enum": BUILT_IN_KINDS}}},
        "then": {"oneOf": [ref("Qualitative"), ref("Quantitative"), ref("LeaderRelative"), ref("CountBased"),
                           ref("Bonus"), ref("Deduction"), ref("Formula")]},
        "else": ref("CustomKind")},
    "Criterion": obj("A scored criterion.",
                     {"code": ref("Code"), "name": ref("Name"), "maxPoints": ref("Points"),
                      "kind": ref("CriterionKind")},
                     {"description": STRING}),
    "CriterionGroup": obj("A group of criteria.", {"code": ref("Code"), "name": ref("Name"),
                                                   "children": arr(ref("CriterionNode"))},
                          {"declaredMaxPoints": ref("Points")}),
    "CriterionNode": {"description": "A group when it has \"children\", else a criterion.",
                      "type": "object",
                      "if": {"required": ["children"]},
                      "then": ref("CriterionGroup"),
                      "else": ref("Criterion")},
    "ScoringTable": obj("A scoring table.", {"id": ref("Id"), "name": ref("Name")},
                        {"roots": arr(ref("CriterionNode")), "declaredMaxPoints": ref("Points"),
                         "bonusCap": ref("Points"), "deductionCap": ref("Points")}),
    "Covenant": obj("A covenant.",
                    {"id": ref("Id"), "cluster": ref("Cluster"), "period": ref("Period"), "signedOn": ref("Date")},
                    {"term": ref("Period"), "signatories": arr(ref("Id")), "contents": arr(STRING),
                     "indicators": arr(ref("Indicator")), "targets": arr(ref("PledgedTarget")),
                     "scoringTable": ref("ScoringTable")},
                    ),

    # ---- assessments and ballots
    "Assessment": obj("One criterion's assessment.", {"criterion": ref("Code")},
                      {"achieved": BOOL, "actual": ref("Decimal"), "count": INT, "occurrences": INT,
                       "evidence": STRING, "explanation": STRING,
                       "points": keyed(ref("AssessmentStage"), ref("Points"))}),
    "AssessmentSheet": obj("A unit's assessment sheet for a period.", {"unit": ref("Id"), "period": ref("Period")},
                           {"entries": arr(ref("Assessment")), "events": arr(STRING),
                            "leaderDiscipline": ref("Discipline")}),
    "Ballot": obj("One voter's ballot in one round.",
                  {"voter": ref("Id"), "round": INT, "mode": ref("BallotMode")},
                  {"approvals": arr(ref("Id")), "ranking": arr(ref("Id"))}),
    "Vote": obj("A vote with its ballots.", {"id": ref("Id"), "subject": ref("Name")},
                {"candidates": arr(ref("Id")), "electorate": arr(ref("Id")), "ballots": arr(ref("Ballot"))}),

    # ---- awards
    "AwardKind": obj("A form of award.",
                     {"id": ref("Id"), "name": ref("Text"), "form": ref("AwardForm"),
                      "issuerLevel": ref("IssuerLevel")},
                     {"recipientKinds": arr(ref("RecipientKind"))}),
    "AwardProposal": obj("A proposal for an award.",
                         {"recipient": ref("Id"), "recipientKind": ref("RecipientKind"), "awardKind": ref("AwardKind"),
                          "period": ref("Period"), "proposedBy": ref("Id")},
                         {"basis": ref("Text")}),

    # ---- results
    "Explanation": obj("Why a number is what it is, with the steps below it.",
                       {"key": STRING, "text": ref("Text")},
                       {"value": ref("Points"), "inputs": keyed(STRING, STRING), "children": arr(ref("Explanation"))}),
    "Rank": obj("A rank.", {"position": INT},
                {"tiedWith": arr(ref("Id")), "decidedBy": STRING, "unresolved": BOOL, "decider": ref("Text")}),
    "BandResult": obj("The band reached.", {"code": STRING, "label": ref("Text")}),
    "CriterionResult": obj("A criterion's points.", {"criterion": ref("Code"), "points": ref("Points")},
                           {"explanation": ref("Explanation")}),
    "UnitResult": obj("A unit's result.",
                      {"unit": ref("Id"), "total": ref("Points"), "explanation": ref("Explanation")},
                      {"criteria": arr(ref("CriterionResult")), "subtotals": keyed(STRING, ref("Points")),
                       "band": ref("BandResult"), "rank": ref("Rank"), "proposals": arr(ref("AwardProposal")),
                       "cash": ref("Vnd")}),
    "ClusterResult": obj("Every unit's result.",
                         {"cluster": ref("Id"), "period": ref("Period"), "policyId": STRING, "policyVersion": STRING,
                          "policyFingerprint": STRING},
                         {"units": arr(ref("UnitResult"))}),
    "VoteOutcome": obj("The outcome of a vote.", {"decided": BOOL, "explanation": ref("Explanation")},
                       {"elected": arr(ref("Id")), "tallies": arr(keyed(ref("Id"), INT)), "decider": ref("Text")}),
    "AwardDecision": obj("What the ladder decided for a unit.",
                         {"unit": ref("Id"), "status": ref("AwardStatus"), "explanation": ref("Explanation")},
                         {"award": ref("AwardKind")}),
    "Evaluation": obj("An evaluation: the cluster result, the votes and the award decisions.",
                      {"result": ref("ClusterResult")},
                      {"votes": keyed(ref("Id"), ref("VoteOutcome")), "awards": arr(ref("AwardDecision"))}),

    # ---- policies
    "RoundingPlan": obj("Where points are rounded.", {},
                        {"criterion": ref("Rounding"), "group": ref("Rounding"), "total": ref("Rounding")}),
    "BandGuard": obj("A condition a band also needs.", {"kind": ref("BandGuardKind")},
                     {"share": ref("Decimal"), "event": STRING, "label": ref("Text")}),
    "Band": obj("A band of totals.", {"code": STRING, "label": ref("Text")},
                {"min": ref("Points"), "maxExclusive": ref("Points"), "guards": arr(ref("BandGuard"))}),
    "BandScheme": obj("The bands, knock-out events and discipline caps.", {},
                      {"bands": arr(ref("Band")), "knockOuts": keyed(STRING, STRING),
                       "disciplineCaps": keyed(ref("Discipline"), STRING), "guardFallback": ref("GuardFallback"),
                       "fallbackBand": STRING}),
    "TieBreakLink": obj("One tie-breaker in the chain.", {"name": ref("PluginName")},
                        {"parameters": ref("Parameters")}),
    "RankingRules": obj("How units are ranked and ties broken.", {},
                        {"kind": ref("RankingKind"), "chain": arr(ref("TieBreakLink")), "decider": ref("Text")}),
    "VoteRules": obj("How a vote is counted.", {"method": ref("PluginName")}, {"parameters": ref("Parameters")}),
    "Quota": obj("How many may receive an award.", {"straddle": ref("StraddleRule")},
                 {"count": INT, "share": ref("Decimal"), "base": ref("QuotaBase"), "baseCount": INT}),
    "EligibilityRule": obj("An eligibility check.", {"check": ref("PluginName")}, {"parameters": ref("Parameters")}),
    "AwardStep": obj("One step of the award ladder.", {"award": ref("AwardKind")},
                     {"fromRank": INT, "toRank": INT, "bands": arr(STRING),
                      "eligibility": arr(ref("EligibilityRule")), "quota": ref("Quota")}),
    "AwardLadder": obj("The award ladder.", {}, {"steps": arr(ref("AwardStep")), "scope": ref("LadderScope")}),
    "BaseSalaryTable": obj("The base salary by the date it took effect.", {},
                           {"amounts": keyed(ref("Date"), ref("Vnd"))}),
    "CashRewardTable": obj("How cash rewards are computed.", {"baseSalaries": ref("BaseSalaryTable")},
                           {"multipliers": keyed(ref("Id"), ref("Decimal")), "householdFactor": ref("Decimal"),
                            "roundingStep": INT, "roundingMode": ref("RoundingMode")}),
    "Policy": obj("A scoring policy. Its fingerprint is derived from the content, never written.",
                  {"id": ref("Id"), "version": {"type": "string", "pattern": "^[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}$"},
                   "name": ref("Name"), "inForceFrom": ref("Date"), "table": ref("ScoringTable")},
                  {"legalReferences": arr(STRING), "inForceUntil": ref("Date"), "source": ref("ScoreSource"),
                   "countingStage": ref("AssessmentStage"), "missingStage": ref("MissingStagePolicy"),
                   "missingSheet": ref("MissingSheetPolicy"), "rounding": ref("RoundingPlan"),
                   "scope": ref("EvaluationScope"), "divisionScale": INT, "bands": ref("BandScheme"),
                   "ranking": ref("RankingRules"), "rankingVote": ref("Id"), "voteRules": ref("VoteRules"),
                   "voteRulesByVote": keyed(ref("Id"), ref("VoteRules")), "awards": ref("AwardLadder"),
                   "cash": ref("CashRewardTable")}),
}
# The covenant's scoring table is required (no default).
DEFS["Covenant"]["required"].append("scoringTable")
for name, constants in ENUMS.items():
    DEFS[name] = {"type": "string", "enum": constants}

KINDS = {
    "cluster": ("A cluster or bloc with its members, sub-groups and roles.", ref("Cluster")),
    "covenant": ("A covenant with its cluster, targets and scoring table.", ref("Covenant")),
    "policy": ("A scoring policy.", ref("Policy")),
    "assessments": ("The members' assessment sheets for a period.", arr(ref("AssessmentSheet"))),
    "ballots": ("The votes held.", arr(ref("Vote"))),
    "result": ("An evaluation result: every unit's numbers, the votes and the award decisions.", ref("Evaluation")),
    "covenants": ("The covenants of many clusters, one per cluster.", arr(ref("Covenant"))),
}


def reached(node, out):
    if isinstance(node, dict):
        r = node.get("$ref")
        if r:
            name = r.split("/")[-1]
            if name not in out:
                out.add(name)
                reached(DEFS[name], out)
        for v in node.values():
            reached(v, out)
    elif isinstance(node, list):
        for v in node:
            reached(v, out)


def main():
    os.makedirs(OUT, exist_ok=True)
    for kind, (description, body) in KINDS.items():
        names = set()
        reached(body, names)
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": BASE + kind + ".schema.json",
            "title": "thidua " + kind + " document, version 1",
            "description": description + " Generated by serialization/src/schemas/generate.py.",
            "type": "object",
            "properties": {
                "kind": {"const": kind},
                "version": {"type": "integer", "const": 1},
                "body": body,
            },
            "required": ["kind", "version", "body"],
            "additionalProperties": False,
            "$defs": {n: DEFS[n] for n in sorted(names)},
        }
        with open(os.path.join(OUT, kind + ".schema.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(schema, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()

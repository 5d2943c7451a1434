"""Word lists the extractor's rules are built on.

Everything here is general English-language news vocabulary: reporting verbs, titles,
honorifics, role nouns, organisation words and a small gazetteer. No list may name a
person, place or phrase taken from one particular article.
"""
from __future__ import annotations

import re

# --- reporting verbs -----------------------------------------------------------------
# Lemma -> inflected forms used as attribution cues. "say" and "tell" carry most news
# attribution; the rest are the verbs journalists use for variety.
_CUE_LEMMAS = {
    "say": "say says said saying Said",  # "Said Dorothy Poynter, who ...: '...'" (inverted)
    "tell": "tell tells told telling",
    "add": "add adds added adding",
    "state": "state states stated stating",
    "write": "write writes wrote writing",
    "write__": "had written|has written|have written",  # "As X had written, \"...\""
    "explain": "explain explains explained explaining",
    "note": "note notes noted noting",
    "argue": "argue argues argued arguing",
    "claim": "claim claims claimed claiming",
    "insist": "insist insists insisted insisting",
    "warn": "warn warns warned warning",
    "remark": "remark remarks remarked remarking",
    "reiterate": "reiterate reiterates reiterated reiterating",
    "clarify": "clarify clarifies clarified clarifying",
    "declare": "declare declares declared declaring",
    "announce": "announce announces announced announcing",
    "ask": "ask asks asked asking Asked",  # "Asked about X, she said ..." opens sentences
    "reply": "reply replies replied replying",
    "respond": "respond responds responded responding",
    "continue": "continue continues continued continuing",
    "recall": "recall recalls recalled recalling",
    "concede": "concede concedes conceded conceding",
    "acknowledge": "acknowledge acknowledges acknowledged acknowledging",
    "admit": "admit admits admitted admitting",
    "suggest": "suggest suggests suggested suggesting",
    "observe": "observe observes observed observing",
    "emphasize": "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised",
    "stress": "stress stresses stressed stressing",
    "maintain": "maintain maintains maintained",
    "contend": "contend contends contended",
    "caution": "caution cautions cautioned",
    "predict": "predict predicts predicted",
    "tweet": "tweet tweets tweeted tweeting",
    "post": "posted",
    "charge": "charged",
    "counter": "counter counters countered",
    "complain": "complain complains complained",
    "boast": "boast boasts boasted",
    "joke": "joke jokes joked",
    "quip": "quip quips quipped",
    "promise": "promise promises promised",
    "vow": "vow vows vowed",
    "urge": "urge urges urged",
    "conclude": "conclude concludes concluded",
    "confirm": "confirm confirms confirmed",
    "deny": "deny denies denied",
    "testify": "testify testifies testified",
    "comment": "comment comments commented",
    "muse": "muse muses mused",
    "lament": "lament laments lamented",
    "assert": "assert asserts asserted",
    "allege": "allege alleges alleged",
    "agree": "agree agrees agreed",
    "shout": "shout shouts shouted shouting",
    "yell": "yell yells yelled yelling",
    "report": "report reports reported",
    "reveal": "reveal reveals revealed",
    "indicate": "indicate indicates indicated",
    "predict_": "forecast forecasts",
    "point out": "point out|points out|pointed out|pointing out",
    "go on": "went on|goes on",
    "put it": "put it|puts it",
    "believe": "believe believes believed",
    "think": "think thinks thought",
    "write_": "writes",
    "proclaim": "proclaim proclaims proclaimed",
    "announce_": "announced",
    "explain_": "explained",
    "demand": "demanded demands",
    "pledge": "pledged pledges",
    "estimate": "estimated estimates",
    "acknowledge_": "acknowledged",
    "exclaim": "exclaim exclaims exclaimed",
    "affirm": "affirms affirmed",
    "chant": "chant chants chanted chanting",
    "scream": "scream screams screamed screaming",
    "opine": "opine opines opined",
    "inform": "inform informs informed",
    "retort": "retort retorts retorted",
    "shoot back": "shot back|shoots back|fired back|fires back",
    "press": "pressed",  # '"Would it be negotiable?" Hannity pressed.'
    "remember": "remembered",
    "beam": "beamed",
    "echo": "echoed",
    "snap": "snapped",
    "whisper": "whisper whispers whispered whispering",
    "mutter": "mutter mutters muttered muttering",
    "sing": "sang sings",  # ('As the band sang, "..."')
    "bark": "barked barks",
    "growl": "growled growls",
    "bellow": "bellowed bellows",
    "holler": "hollered hollers",
    "react": "reacted reacts",
    # Manner-of-speaking verbs: cues for quotations ('"...," Toomey fumed'), never for
    # indirect speech.
    "fume": "fumed fumes",
    "scoff": "scoffed scoffs",
    "sneer": "sneered sneers",
    "gush": "gushed gushes",
    "marvel": "marveled marvelled marvels",
    "recount": "recounted recounts",
    "interject": "interjected interjects interjecting",
    "laugh": "laughed laughs",
    "sigh": "sighed sighs",
    "groan": "groaned groans",
    "vent": "vented vents",
    "chide": "chided chides chiding",  # 'chiding him, "What difference ..."'
    "scold": "scolded scolds scolding",
    "exhort": "exhorted exhorts",
    "plead": "pleaded pleads",
    "exult": "exulted exults",
    "crow": "crowed crows",
    "brag": "bragged brags",
    "taunt": "taunted taunts",
    "tease": "teased teases",
    "wonder": "wondered wonders",
    "read": "reads read",  # '"...," the editorial read.' (a quotation cue only)
    "riff": "riffed riffs",
    "retaliate": "retaliated",
    "assure": "assured assures",
    "gripe": "griped gripes",
    "reason": "reasoned",
    "object": "objected",
    "protest": "protested",
    "implore": "implored implores",
    "beg": "begged begs",
    "inquire": "inquired inquires",
    "answer": "answered",
    "repeat": "repeated repeats",
    "reminisce": "reminisced reminisces",
    "confide": "confided confides",
    "confess": "confessed confesses",
    "text": "texted",
    "email": "emailed",
    # Verbs that attribute the quoted words of a mixed quote without reporting speech
    # ('called the plan "an absolute disgrace"'): cues for quotations only.
    "call": "called calling calls",
    "describe": "described describing describes",
    "dub": "dubbed dubs",
    "label": "labeled labelled labels",
    "brand": "branded brands",
    # Speech acts whose content is their object ("criticized his handling of the incident").
    "criticize": "criticize criticizes criticized criticise criticises criticised",
    "attack": "attacked attacks",
    "praise": "praise praises praised",
    "defend": "defended defends",
    "blame": "blamed blames",
    "accuse": "accuse accuses accused",
    "cite": "cited cites citing",
    "propose": "proposed proposes",
    "reject": "rejected rejects",
    "endorse": "endorsed endorses",
    "condemn": "condemned condemns",
    "mock": "mocked mocks",
    "slam": "slammed slams",
    "thank": "thanked thanks",
    "dismiss": "dismissed dismisses",
    "question": "questioned questions",
    "recommend": "recommended recommends",
    "mention": "mentioned mentions",
}
# Verbs whose reported content is their object, up to the first comma: "called him a kind
# man", "criticized President Truman's strategy", "announced 6,000 layoffs".
OBJECT_SPEECH = {"call", "describe", "criticize", "attack", "praise", "defend", "blame",
                 "accuse", "cite", "propose", "reject", "endorse", "condemn", "mock", "slam",
                 "thank", "dismiss", "question", "recommend", "mention", "announce", "deny",
                 "promise", "urge", "pledge", "confirm", "reveal", "demand", "label", "dub",
                 "brand", "vow", "report", "predict", "acknowledge", "admit"}


def _forms(spec: str) -> list[str]:
    return spec.split("|") if "|" in spec else spec.split()


CUE_FORMS: dict[str, str] = {}
for _lemma, _spec in _CUE_LEMMAS.items():
    for _form in _forms(_spec):
        CUE_FORMS[_form] = _lemma.rstrip("_")

# Verbs that introduce a direct quote but do not report speech content as indirect
# speech ("he asked whether", "believes" is opinion, not a speech act).
NOT_INDIRECT = {"ask", "continue", "go on", "put it", "respond", "reply", "joke", "quip",
                "shout", "yell", "sing", "comment", "muse", "exclaim", "chant", "scream", "retort",
                "snap", "whisper", "mutter", "call", "describe", "dub", "label", "brand",
                "fume", "scoff", "sneer", "gush", "marvel", "recount", "interject", "laugh",
                "sigh", "groan", "vent", "chide", "scold", "exhort",
                "plead", "exult", "crow", "brag", "taunt", "tease",
                "assure", "gripe", "reason", "object", "protest", "implore", "beg", "inquire",
                "answer", "repeat", "reminisce", "confide", "confess", "text", "email",
                "wonder", "read", "riff", "retaliate", "shoot back", "press", "remember", "beam",
                "echo", "bark", "growl", "bellow", "holler", "react"}
# Verbs of cognition: fine before a direct quote, too weak for indirect speech.
COGNITION = {"believe", "think"}

# Verbs that, as a cue for *indirect* speech, need "that" or a clause right after them.
INDIRECT_STRONG = {"say", "tell", "state", "add", "write", "explain", "note", "argue", "claim",
                   "insist", "warn", "remark", "reiterate", "clarify", "declare", "announce",
                   "recall", "concede", "acknowledge", "admit", "suggest", "observe",
                   "emphasize", "stress", "maintain", "contend", "caution", "predict",
                   "tweet", "counter", "complain", "boast", "promise", "vow", "conclude",
                   "confirm", "deny", "testify", "lament", "assert", "allege", "agree",
                   "report", "reveal", "indicate", "point out", "proclaim", "charge",
                   "estimate", "pledge", "opine", "inform"}



def trie_regex(words) -> str:
    """A regex alternation shaped as a trie: linear-time matching of a large word list
    (a flat alternation of hundreds of words is re-tried word by word at every position)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


# The lookahead on the forms' first letters lets the engine skip positions quickly.
CUE_RE = re.compile("(?=[" + "".join(sorted({f[0] for f in CUE_FORMS})) + r"])\b"
                    + trie_regex(CUE_FORMS) + r"\b")
# "according to X" is a cue whose source follows it.
ACCORDING_RE = re.compile(r"\b[Aa]ccording\s+to\b")  # (IGNORECASE made it a third of the cue scan)

ADVERBS = {"also", "later", "then", "again", "once", "previously", "recently", "earlier",
           "repeatedly", "often", "always", "frequently", "publicly", "privately", "first",
           "further", "quickly", "simply", "flatly", "bluntly", "angrily", "famously",
           "reportedly", "allegedly", "still", "has", "have", "had", "was", "is", "would",
           "will", "did", "does", "reportedly", "has also", "even", "already", "just",
           "subsequently", "finally", "emphatically", "openly", "defiantly", "succinctly"}

# --- people --------------------------------------------------------------------------
HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady",
              "Rev", "Fr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Fr.", "Cllr", "Cllr.",
              # Australian councillors ("Cr Whitlock"); Indian honorifics ("Shri", "Smt").
              "Cr", "Cr.", "Shri", "Smt", "Smt.", "Shrimati"}
MALE_HONORIFICS = {"Mr", "Mr.", "Sir", "Lord", "Fr", "Fr.", "Shri"}
FEMALE_HONORIFICS = {"Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "Smt", "Smt.", "Shrimati"}

# Capitalised title words that stand before a name ("President Emmanuel Macron").
TITLES = {
    "President", "Vice", "Prime", "Minister", "Secretary", "Senator", "Sen.", "Sens.",
    "Rep.", "Reps.", "Representative", "Congressman", "Congresswoman", "Gov.", "Governor",
    "Lt.", "Col.", "Gen.", "General", "Maj.", "Adm.", "Admiral", "Sgt.", "Capt.", "Captain",
    "Cmdr.", "Colonel", "Major", "Lieutenant", "Sergeant", "Commander", "Chancellor", "King",
    "Queen", "Prince", "Princess", "Pope", "Cardinal", "Bishop", "Archbishop", "Rabbi",
    "Imam", "Sheikh", "Judge", "Justice", "Mayor", "Chairman", "Chairwoman", "Chair",
    "Chief", "Director", "Ambassador", "Commissioner", "Spokesman", "Spokeswoman",
    "Speaker", "Leader", "Attorney", "Deputy", "Professor", "Prof.", "Dr.", "Dr", "Mr.",
    "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "Rev.",
    "Reverend", "Father", "Sister", "Brother", "Gov", "Sen", "Rep", "Supt.", "Inspector",
    "Detective", "Officer", "Sheriff", "Councilman", "Councilwoman", "Councillor",
    "Councilor", "Assemblyman", "Assemblywoman", "Delegate", "Premier", "Emir", "Crown",
    "CEO", "Chief Executive", "Coach", "Dean", "Pastor", "Candidate", "Nominee",
    "Presidential", "Lawmaker", "Anchor", "Host", "Founder", "Editor", "Correspondent",
    "Analyst", "Strategist", "Adviser", "Advisor", "Economist", "Pollster", "Historian",
    "Sens", "Reps", "Gens.", "Ayatollah", "Marshal", "Superintendent", "Trustee", "Mufti",
    "Comptroller", "Treasurer", "Auditor", "Solicitor", "Prosecutor", "Counsel",
    "Magistrate", "Admiral", "Brig.", "Chaplain", "Alderman", "Alderwoman", "Secretary-General",
    "Commissioner", "Councilmember", "Supervisor", "Controller", "Chairperson", "Executive",
    "Spokesperson", "Lawyer", "Chef", "Manager", "Owner", "Principal", "Coordinator",
    # Offices outside the US ("Taoiseach Micheál Martin", "Labour MP Jo Reyes").
    "Taoiseach", "Tánaiste", "Envoy", "MP", "MEP", "MLA", "MPP", "MSP", "Baroness",
    "Cllr", "Cllr.", "Cr", "Cr.", "Shri", "Smt", "Smt.", "Shrimati", "Constable", "Det.", "Insp.", "Supt", "Sgt", "Insp", "Det",
    # Who a vox-pop speaker is, capitalised before the name ("Resident Anne Kirkby").
    "Resident", "Shopper", "Commuter", "Pensioner", "Parent", "Voter", "Neighbour",
    "Neighbor", "Passenger", "Patient", "Student", "Teacher", "Nurse", "Farmer",
    # Parliamentary and emergency roles that open a sentence before the name.
    "Backbencher", "Forecaster", "Meteorologist", "Firefighter", "Paramedic",
}
# Offices and standings held by one named person, which a definite description refers
# back to ("the senator", "the former president", "the Republican nominee"); unlike
# anonymous-source nouns ("the official", "the source", "the aide").
OFFICE_NOUNS = {"president", "senator", "governor", "candidate", "nominee", "judge", "justice",
                "mayor", "secretary", "minister", "ambassador", "congressman",
                "congresswoman", "chairman", "chairwoman", "speaker", "sheriff",
                "commissioner", "general", "admiral", "prince", "princess", "king", "queen",
                "front-runner", "frontrunner", "billionaire", "businessman", "businesswoman",
                "mogul", "pope", "chancellor", "premier"}
# Posts in sport and business that one named person holds in a story ("the Harlow boss",
# "the striker", "the chief executive").
OFFICE_NOUNS |= {"boss", "manager", "coach", "skipper", "captain", "striker", "midfielder",
                 "defender", "goalkeeper", "winger", "executive", "chairwoman", "chief"}
# Capitalised words that continue a title across "of" ("Secretary of State John Kerry").
TITLE_CONTINUATIONS = {"State", "Defense", "Defence", "Homeland", "Security", "Treasury",
                       "Justice", "Labor", "Commerce", "Energy", "Interior", "Education",
                       "Health", "Foreign", "Affairs", "Finance", "Staff", "Judiciary",
                       "Intelligence", "Armed", "Services", "Relations", "Appropriations",
                       "Committee", "Transportation", "Agriculture", "Veterans", "Housing",
                       "Economy", "Trade", "Home", "Office", "Exchequer", "Joint", "Chiefs",
                       "the"}
# Words of a minister's portfolio after "for"/"of" ("Minister for Housing and Urban Affairs
# Rajesh Verma", "Minister for Climate Change and Energy Chris Bowen").
PORTFOLIO_WORDS = TITLE_CONTINUATIONS | {
    "Urban", "Rural", "Regional", "Social", "Development", "Environment", "Climate", "Change",
    "Neighborhoods", "Neighbourhoods", "Communities",
    "Industry", "Industries", "Resources", "Infrastructure", "Transport", "Communications",
    "Planning", "Local", "Government", "Tourism", "Culture", "Sport", "Sports", "Arts",
    "Science", "Technology", "Innovation", "Employment", "Workplace", "Welfare", "Women",
    "Child", "Children", "Youth", "Families", "Family", "Indigenous", "Immigration",
    "Citizenship", "Police", "Policing", "Corrections", "Water", "Heritage", "Skills",
    "Training", "Works", "Digital", "Economic", "Small", "Business", "Consumer", "Fisheries",
    "Forestry", "Mines", "Mining", "Railways", "Petroleum", "Natural", "Gas", "Power", "Steel",
    "Textiles", "Aviation", "Civil", "Shipping", "Ports", "Waterways", "Road", "Roads",
    "Highways", "Minority", "Tribal", "Parliamentary", "External", "Disaster", "Emergency",
    "Management", "Mental", "Aged", "Care", "Ageing", "Multicultural", "Equality",
    "Disability", "Pensions", "Work", "Communities", "Northern", "Public", "Safety", "Food",
    "Consumer", "Protection", "Information", "Broadcasting", "Electronics", "Affairs",
    "Labour", "Land", "Lands", "Revenue", "Customs", "Veterans'", "Cities", "Housing",
    "Home", "Medical", "Research", "Higher", "Further", "Primary", "Secondary", "Schools",
    "Universities", "Treasury", "Budget", "Finance", "Cooperation", "Co-operation",
    "Welfare", "Prisons", "Courts", "Attorney", "Europe", "European", "Development",
}

# Lower-case nouns that describe a person's role ("historian", "the senator").
ROLE_NOUNS = {
    "president", "minister", "secretary", "senator", "congressman", "congresswoman",
    "representative", "governor", "general", "admiral", "colonel", "commander", "officer",
    "chancellor", "king", "queen", "prince", "pope", "judge", "justice", "mayor", "chairman",
    "chairwoman", "chair", "chief", "director", "ambassador", "commissioner", "spokesman",
    "spokeswoman", "spokesperson", "speaker", "leader", "attorney", "deputy", "professor",
    "historian", "scientist", "researcher", "analyst", "expert", "economist", "strategist",
    "adviser", "advisor", "aide", "official", "lawmaker", "legislator", "candidate",
    "nominee", "founder", "co-founder", "editor", "writer", "author", "journalist",
    "reporter", "correspondent", "columnist", "commentator", "anchor", "host", "pollster",
    "consultant", "lawyer", "prosecutor", "executive", "ceo", "manager", "owner", "member",
    "activist", "organizer", "campaigner", "operative", "donor", "fundraiser", "volunteer",
    "supporter", "critic", "opponent", "rival", "challenger", "incumbent", "veteran",
    "diplomat", "envoy", "negotiator", "delegate", "politician", "premier", "emir",
    "sheikh", "cleric", "imam", "rabbi", "pastor", "priest", "bishop", "cardinal",
    "student", "teacher", "doctor", "physician", "nurse", "researcher", "fellow",
    "scholar", "lecturer", "academic", "sociologist", "psychologist", "political scientist",
    "philosopher", "theorist", "physicist", "engineer", "architect", "artist", "actor",
    "actress", "singer", "musician", "comedian", "producer", "director", "coach",
    "player", "athlete", "businessman", "businesswoman", "entrepreneur", "investor",
    "banker", "trader", "farmer", "worker", "resident", "voter", "father", "mother",
    "son", "daughter", "wife", "husband", "brother", "sister", "widow", "friend",
    "sheriff", "detective", "inspector", "investigator", "agent", "soldier", "sergeant",
    "captain", "lieutenant", "major", "marshal", "pilot", "surgeon", "dean", "provost",
    "chancellor", "councilman", "councilwoman", "councillor", "councilor", "assemblyman",
    "assemblywoman", "treasurer", "comptroller", "auditor", "counsel", "solicitor",
    "magistrate", "president-elect", "contender", "hopeful", "frontrunner", "front-runner",
    "strategist", "pundit", "blogger", "publisher", "historian", "novelist", "poet",
    "economist", "demographer", "statistician", "chaplain", "superintendent", "principal",
    "trustee", "partner", "associate", "assistant", "staffer", "intern", "clerk",
    "administrator", "commissioner", "regulator", "governor-elect", "nominee", "whip",
    "leader", "head", "boss", "secretary-general", "vice-president", "vice president",
    "surrogate", "backer", "ally", "confidant", "biographer", "witness", "victim",
    "survivor", "protester", "demonstrator", "organiser", "mother", "father",
    # People described by who they are rather than by office ("the woman said", "an Iowa
    # Democrat added", "a source familiar with the talks said").
    "man", "woman", "person", "boy", "girl", "source", "democrat", "republican",
    "libertarian", "conservative", "liberal", "progressive", "independent", "moderator",
    "panelist", "caller", "questioner", "attendee", "participant", "employee", "customer",
    "citizen", "immigrant", "refugee", "owner", "neighbor", "neighbour", "retiree",
    "parent", "official", "insider", "observer", "judge", "commenter", "viewer", "reader",
    "backbencher", "forecaster", "meteorologist", "firefighter", "paramedic",
    # Health and science roles.
    "paediatrician", "pediatrician", "epidemiologist", "virologist", "midwife", "pharmacist",
    "dentist", "psychiatrist", "cardiologist", "oncologist", "immunologist", "clinician",
    "microbiologist", "geneticist", "neurologist", "radiologist", "anaesthetist",
    # Parliamentary offices outside the US ("the Labour MP for Leeds North").
    "mp", "mep", "mla", "mpp", "msp", "taoiseach",
    # Trades and walks of life of vox-pop speakers ("Ahmed Khan, 54, a taxi driver").
    "driver", "shopkeeper", "builder", "cleaner", "waiter", "waitress", "chef", "mechanic",
    "plumber", "electrician", "fisherman", "vendor", "hawker",
    "labourer", "laborer", "pensioner", "grandmother", "grandfather", "commuter", "shopper",
    "landlord", "tenant", "homeowner", "motorist", "cyclist", "passenger", "carer",
    "caregiver", "accountant", "vicar",
}
MALE_ROLE_NOUNS = {"chairman", "spokesman", "congressman", "businessman", "assemblyman",
                   "councilman", "king", "prince", "father", "son", "husband", "brother",
                   "actor"}
FEMALE_ROLE_NOUNS = {"chairwoman", "spokeswoman", "congresswoman", "businesswoman",
                     "assemblywoman", "councilwoman", "queen", "princess", "mother",
                     "daughter", "wife", "sister", "widow", "actress"}

# Lower-case words allowed inside a description before a name
# ("Retired French Air Force general and former NATO supreme allied commander").
ROLE_MODIFIERS = {
    "former", "retired", "interim", "acting", "deputy", "vice", "assistant", "associate",
    "senior", "junior", "chief", "top", "lead", "head", "supreme", "allied", "political",
    "military", "foreign", "defense", "defence", "economic", "financial", "legal",
    "presidential", "vice-presidential", "republican", "democratic", "conservative",
    "liberal", "progressive", "independent", "longtime", "long-time", "veteran", "then",
    "then-", "new", "outgoing", "incoming", "future", "late", "current", "ex", "one-time",
    "onetime", "fellow", "state", "federal", "national", "local", "regional", "general",
    "press", "campaign", "communications", "policy", "security", "intelligence", "trade",
    "finance", "health", "education", "energy", "justice", "interior", "prime", "executive",
    "managing", "founding", "co", "principal", "research", "senate", "house", "majority",
    "minority", "party", "white", "house", "polling", "data", "media", "digital",
    "television", "radio", "news", "opinion", "staff", "army", "navy", "air", "force",
    "marine", "naval", "special", "u.s.", "us", "american", "analysis", "publication",
    "newspaper", "magazine", "university", "law", "business", "tech", "technology",
    "rights", "human", "civil", "environmental", "climate", "immigration", "public",
    "district", "county", "city", "state's", "nation's", "country's", "company's",
    "party's", "group's", "the", "a", "an", "of", "for", "at", "and", "elected",
    "appointed", "nominated", "embattled", "controversial", "prominent", "leading",
    "well-known", "influential", "powerful", "billionaire", "millionaire", "real",
    "estate", "mogul", "businessman", "reality", "star", "tv", "freshman", "sophomore",
    "two-term", "three-term", "first-term", "second-term", "four-term", "term",
    "opposition", "shadow", "coalition", "parliamentary", "municipal", "provincial",
}
# "chief operating officer", "chief marketing officer", "chief medical officer".
ROLE_MODIFIERS |= {"operating", "information", "marketing", "commercial", "medical"}
ROLE_NOUNS |= {"billionaire", "filmmaker", "rapper"}  # "Billionaire Jane Roe said"
ROLE_NOUNS |= {"advocate"}  # "Public Advocate Trish James said", "a consumer advocate"
ROLE_NOUNS |= {"recorder", "coroner", "assessor", "registrar"}  # "Maricopa County Recorder Helen Purcell"
# Players and sports people ("the Polish defender wrote", "veteran quarterback Jo Roe said").
ROLE_NOUNS |= {"defender", "goalkeeper", "midfielder", "striker", "winger", "skipper", "mogul", "princess",
               "quarterback", "pitcher", "batsman", "bowler", "jockey", "swimmer", "sprinter", "golfer",
               "boxer", "referee", "umpire", "playmaker", "goalie", "linebacker", "receiver", "outfielder"}

# Pronouns that can be a speaker.
PERSON_PRONOUNS = {"he": "m", "she": "f", "He": "m", "She": "f"}
PLURAL_PRONOUNS = {"they", "They"}
FIRST_PERSON = {"I", "we", "We"}

# A small list of common first names: evidence that a capitalised pair is a person and a
# hint of grammatical gender for pronoun resolution.
MALE_FIRST_NAMES = set("""
Aaron Abdul Abraham Adam Adrian Ahmed Alan Albert Alex Alexander Alexei Ali Andrew Andy
Angus Anthony Antonio Arnold Arthur Barack Barney Ben Benjamin Bernard Bernie Bill Billy
Bob Bobby Boris Brad Bradley Brandon Brian Bruce Bryan Carl Carlos Charles Charlie Chris
Christian Christopher Chuck Clarence Colin Corey Craig Dan Daniel Danny Darrell David Dean
Dennis Derek Dick Dmitry Don Donald Doug Douglas Duncan Dwight Ed Eddie Edward Emmanuel
Eric Erik Evan Frank Franklin Fred Frederick Gary Gavin George Gerald Gordon Graham Greg
Gregory Harold Harry Henry Herman Howard Hugh Ian Igor Isaac Ivan Jack Jacob Jake James
Jamie Jared Jason Jeb Jeff Jeffrey Jeremy Jerry Jesse Jim Jimmy Joe Joel John Johnny Jon
Jonathan Jorge Jose Joseph Josh Joshua Juan Julian Justin Karl Keith Ken Kenneth Kevin
Kurt Larry Lawrence Lee Leon Leonard Lindsey Lou Louis Luis Luke Lyndon Marco Mark Martin
Matt Matthew Max Michael Mick Mike Mitch Mitt Mohammed Muhammad Nathan Neil Newt Nicholas
Nick Nigel Noah Olivier Oliver Omar Orrin Oscar Patrick Paul Pedro Peter Phil Philip
Pierre Rahm Ralph Rand Randy Raul Ray Reince Reid Richard Rick Rob Robert Rod Roger Ron
Ronald Ross Roy Rudy Rupert Russell Ryan Sam Samuel Scott Sean Sebastien Sergei Sergey
Seth Shaun Sidney Simon Stephen Steve Steven Stuart Ted Terry Thomas Tim Timothy Todd Tom
Tommy Tony Travis Trey Tyler Vernon Victor Vince Vincent Vladimir Walter Wayne Wesley
Will William Willie Xavier Yuri Zach Zachary Ahmad Hassan Hussein Jean Jean-Paul
Jean-Claude Jean-Marc Francois François Jacques Angelo Giuseppe Marco Mario Luigi Hans
Jurgen Wolfgang Klaus Heinz Recep Volodymyr Viktor Xi Narendra Shinzo Benjamin Justin
Elon Jeff Bernie Marco Ted Ben Chris Rand Rick Lindsey Jeb Scott Mike Bobby George Jim
Martin Lincoln Joe Hillary Elizabeth
""".split()) - {"Hillary", "Elizabeth"}
FEMALE_FIRST_NAMES = set("""
Abigail Alice Alexandra Alexis Alison Allison Amanda Amy Andrea Angela Angelina Ann Anna
Anne Annie Barbara Betty Beverly Brenda Bridget Caitlin Carly Carol Caroline Carolyn
Catherine Cathy Charlotte Cheryl Chelsea Christina Christine Claire Claudia Cynthia Dana
Debbie Deborah Debra Denise Diana Diane Donna Doris Dorothy Elaine Eleanor Elena Elise
Elizabeth Ellen Emily Emma Erin Eva Evelyn Frances Gabrielle Gail Geraldine Gina Gloria
Grace Hannah Heather Heidi Helen Hillary Hilary Holly Hope Huma Irene Jackie Jacqueline
Jan Jane Janet Janice Jean Jeanne Jennifer Jessica Jill Joan Joanna Jodi Joni Joy Joyce
Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathy Katie Kay Kelly Kellyanne
Kim Kimberly Kirsten Kristen Laura Lauren Linda Lisa Loretta Lori Louise Lucy Lynn
Madeleine Madeline Maggie Margaret Maria Marie Marilyn Marine Marion Martha Mary Megan
Megyn Melania Melissa Michele Michelle Mika Monica Nancy Natalie Nicole Nikki Nina Olivia
Pam Pamela Patricia Patty Paula Peggy Penny Rachel Rebecca Rosa Rose Ruth Sally Samantha
Sandra Sara Sarah Sharon Sheila Shirley Sonia Stephanie Sue Susan Suzanne Tammy Teresa
Theresa Tina Tracy Ursula Valerie Vanessa Victoria Virginia Wendy Yvonne Angela Theresa
Marine Ségolène Segolene Christine Federica Kamala Nancy Elise Debbie Tulsi Amy Jill
Condoleezza Madeleine Samantha Valerie Huma Hope Kellyanne Sarah Ivanka Chelsea Michelle
""".split())
# More common given names (English, Spanish, Italian, French, German, Arabic, South Asian),
# for pronoun gender agreement.
MALE_FIRST_NAMES |= set("""
Alastair Alberto Alejandro Alfonso Alfred Alfredo Alistair Allen Alonzo Alvin Amir Andre
Andres Angelo Antoine Anton Antonin Armando Arturo Barry Bart Benito Bernardo Bob Bobby
Boris Brad Bradley Brandon Brendan Brent Brett Brian Bruce Bruno Bryan Byron Calvin Carl
Carlos Cesar Chad Charles Chester Chris Christian Christopher Chuck Clarence Claude Clay
Clayton Clifford Clint Clyde Cody Colin Conor Craig Curtis Dale Dan Daniel Danny Darrell
Darren Dave David Dean Dennis Derek Diego Dmitry Dominic Don Donald Doug Douglas Duane
Dustin Dwight Earl Eddie Edgar Eduardo Edward Edwin Eli Elijah Elliot Emilio Emmanuel Emmet
Enrique Eric Erik Ernest Ernesto Esteban Ethan Eugene Evan Fabio Farid Federico Felipe Felix
Fernando Floyd Francesco Francis Francisco Frank Franklin Fred Frederick Gabriel Gareth Gary
Gavin Gene Geoff Geoffrey George Gerald Gerard Gilbert Giovanni Giuseppe Glenn Gordon Graham
Grant Greg Gregory Guillermo Gustavo Hamid Hank Hans Harold Harry Harvey Hassan Hector
Henry Herbert Herman Howard Hugh Hugo Hussein Ian Ibrahim Igor Isaac Ivan Jack Jacob Jake
Jamal James Jared Jason Javier Jay Jeff Jeffrey Jeremy Jerome Jerry Jesse Jesus Jim Jimmy
Joaquin Joe Joel Joey Johann John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan
Julian Julio Justin Karl Keith Ken Kenneth Kevin Khalid Kirk Kurt Kyle Lance Larry Lawrence
Lee Leo Leon Leonard Leroy Lewis Lloyd Lorenzo Louis Luca Lucas Luigi Luis Luke Malcolm
Manuel Marc Marco Marcus Mario Mark Martin Marty Marvin Matt Matteo Matthew Maurice Max
Melvin Michael Miguel Mike Miles Mitch Mitchell Mohamed Mohammad Mohammed Muhammad Mustafa
Nathan Neil Nelson Nicholas Nick Nicolas Noah Norman Oliver Omar Oscar Pablo Patrick Paul
Pedro Pete Peter Phil Philip Phillip Pierre Rafael Ralph Ramon Randy Raul Ray Raymond Reggie
Ricardo Richard Rick Ricky Rob Robby Robert Roberto Rod Roger Roland Ron Ronald Ross Roy
Russell Ryan Salvador Sam Samuel Sanjay Scott Sean Sergei Sergio Seth Shane Shawn Sidney
Simon Stan Stanley Stefan Stephen Steve Steven Stuart Tad Ted Terrence Theodore Thomas Tim
Timothy Todd Tom Tommy Tony Travis Trevor Troy Tyler Vernon Victor Vincent Vladimir Wade
Walter Warren Wayne Wesley Wilbur Will William Willie Wolfgang Xavier Yusuf Zachary
""".split())
FEMALE_FIRST_NAMES |= set("""
Adriana Agnes Aisha Alicia Alina Alyssa Amber Amelia Ana Angelica Anita Antonia April Ariel
Audrey Ava Beatrice Becky Belinda Bernadette Beth Bethany Betsy Bettina Bianca Bonnie Brianna
Brittany Brooke Camila Candace Carla Carmen Cassandra Catalina Catherine Cathy Cecilia Celia
Charlene Charlotte Chelsea Cheryl Chloe Christina Christine Cindy Claire Clara Claudia
Colleen Connie Constance Cristina Crystal Cynthia Daisy Dana Danielle Daphne Darlene Dawn
Debbie Deborah Debra Delia Denise Diana Diane Dolores Donna Dora Doris Dorothy Edith Eileen
Elaine Eleanor Elena Elisa Elizabeth Ella Ellen Eloise Elsa Emilia Emily Emma Erica Erika
Erin Esther Eva Evelyn Fatima Felicia Fiona Florence Frances Francesca Gabriela Gabriella
Gabrielle Gail Georgia Geraldine Gina Giulia Gladys Gloria Grace Gretchen Hannah Harriet
Hazel Heather Heidi Helen Helena Holly Ingrid Irene Iris Isabel Isabella Jacqueline Jana
Janet Janice Jasmine Jean Jeanne Jenna Jennifer Jenny Jessica Jill Jillian Joan Joanna
Joanne Jocelyn Josephine Joy Joyce Juanita Judith Judy Julia Julie Juliet June Karen Kate
Katherine Kathleen Kathryn Kathy Katie Katrina Kay Kayla Kelly Kim Kimberley Kimberly Kristen
Kristin Laura Lauren Leah Leila Lena Leslie Lillian Linda Lindsay Lisa Lois Lorena Loretta
Lori Lorraine Louise Lucia Lucy Luisa Lydia Lynn Mabel Madeleine Madison Maggie Mallory
Marcia Margaret Margarita Maria Mariana Marie Marilyn Marina Marion Marjorie Marsha Martha
Mary Maureen Megan Melanie Melinda Melissa Mia Michelle Mildred Miriam Molly Monica Nadia
Nancy Naomi Natalie Natasha Nicole Nina Nora Norma Olga Olivia Paige Pamela Patricia Paula
Pauline Peggy Penelope Penny Phyllis Priscilla Rachel Ramona Rebecca Regina Renee Rita
Roberta Robyn Rosa Rosalind Rose Rosemary Ruth Sabrina Sally Samantha Sandra Sara Sarah
Shannon Sharon Sheila Shirley Silvia Sofia Sonia Sophia Sophie Stacy Stella Stephanie Sue
Susan Susanne Susannah Suzanne Sylvia Tamara Tammy Tanya Teresa Theresa Tiffany Tina Tracy
Valentina Valerie Vanessa Vera Veronica Victoria Virginia Vivian Wanda Wendy Yolanda
Yvonne Zoe
""".split())
# Names given to women and men alike are first names that decide no gender.
UNISEX_FIRST_NAMES = {"Jean", "Kelly", "Leslie", "Lynn", "Dana", "Kim", "Lee", "Robin", "Terry",
                      "Jamie", "Jaime", "Ariel", "Sidney", "Marion", "Pat", "Sam", "Chris"}
FEMALE_FIRST_NAMES -= UNISEX_FIRST_NAMES
MALE_FIRST_NAMES -= UNISEX_FIRST_NAMES
FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | UNISEX_FIRST_NAMES

NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "la",
                  "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "ten", "St.",
                  "des", "dei", "degli", "delle", "los", "las"}

# --- organisations -------------------------------------------------------------------
# Head words an organisation's full name ends with, which alone refer back to it once it
# has been named ("the Times" after "The New York Times", "the Committee" after "the House
# Ethics Committee"). Not the words that are whole names alone ("Democrats", "Twitter").
SHORT_NAME_HEADS = frozenset({
    "Times", "Post", "Journal", "Tribune", "Herald", "Gazette", "Guardian", "Telegraph", "Observer",
    "Monitor", "Review", "Magazine", "Committee", "Commission", "Court", "Party", "Foundation",
    "Institute", "Agency", "Bureau", "Department", "Ministry", "Council", "Board", "Authority",
    "Coalition", "University", "Company", "Corporation", "Bank", "Fund", "Association", "Federation",
})
ORG_WORDS = {
    "Party", "Committee", "Commission", "Union", "Council", "Association", "Institute",
    "Institution", "University", "College", "School", "Department", "Ministry", "Agency",
    "Bureau", "Office", "Administration", "Court", "Congress", "Senate", "House",
    "Parliament", "Assembly", "Times", "Post", "Journal", "News", "Network", "Networks",
    "Press", "Reuters", "Foundation", "Fund", "Bank", "Corporation", "Corp", "Corp.",
    "Inc", "Inc.", "Company", "Co.", "Group", "Campaign", "Organization", "Organisation",
    "Alliance", "Federation", "Center", "Centre", "Pentagon", "Kremlin", "Presidency", "Tribune",
    "Daily", "Herald", "Guardian", "Gazette", "Magazine", "TV", "Channel", "Radio",
    "Service", "Police", "Army", "Navy", "Force", "Forces", "Guard", "Club", "League",
    "Society", "Trust", "Board", "Authority", "Caucus", "Coalition", "Movement", "Front",
    "Council", "Cabinet", "Government", "Republicans", "Democrats", "Telegraph",
    "Independent", "Observer", "Economist", "Monitor", "Review",
    "Report", "Broadcasting", "Media", "Studios", "Institute", "Laboratory", "Labs",
    "Hospital", "Church", "Academy", "Council", "Secretariat", "Tribunal", "PAC",
    "Project", "Initiative", "Industries", "Holdings", "Partners", "Ltd", "Ltd.", "LLC",
    "Airlines", "Motors", "Twitter",
    "Facebook", "Google", "Amazon", "Microsoft", "Apple", "Express", "Mail", "Sun",
    "Mirror", "Star", "Chronicle", "Inquirer", "Bulletin", "Record", "Courier",
    "Dispatch", "Examiner", "Standard", "Globe", "Agence", "Associated", "Watch",
    "Voice", "Institute", "Council", "Department", "FBI", "CIA", "Treasury", "Reserve",
    "Program", "Programme", "Commission", "Fed", "Council", "Station", "Broadcast", "Show",
}
# Company-name endings ("Acme Technologies", "Brightlake Robotics", "Vela Therapeutics").
ORG_WORDS |= {"Technologies", "Therapeutics", "Pharmaceuticals", "Robotics", "Airways",
              "Biotech", "Logistics", "Semiconductor", "Software", "Enterprises", "Plc", "PLC",
              "Infirmary", "Clinic", "Elementary"}
# Trade words that end company names ("Southern Valley Water", "Brightlake Energy",
# "Harcourt Securities"); never surnames on their own ("Power" is one, so it is left out).
TRADE_NAME_WORDS = {"Energy", "Water", "Gas", "Electric", "Utilities", "Insurance", "Securities",
              "Capital", "Investments", "Pharma", "Foods", "Brewery", "Systems", "Telecom",
              "Communications", "Mining", "Petroleum", "Oil", "Railways", "Rail", "Plc.",
              "Retail", "Stores", "Brands", "Bancorp", "Airport", "Steel", "Chemicals",
              "Shipping", "Estates", "Properties", "Holdings", "Industries", "Motors", "Airlines",
              "Developments", "Construction", "Healthcare", "Resources", "Ventures", "Realty",
              "Financial", "Freight", "Logistics", "Commodities", "Minerals", "Hotels", "Power",
              "Semiconductors", "Aerospace", "Pictures", "Entertainment", "Productions", "Films", "Publishing",
              "Medical", "Automotive", "Robotics", "Biosciences", "Aviation", "Beverages", "Development",
              "Letters", "Proceedings", "Annals",  # (journals: "Neurobiology Letters said")
              "Air", "Airways", "Airline", "Jet", "Express"}  # (carriers: "Cascadia Air said")
ORG_WORDS |= TRADE_NAME_WORDS
# Last words of sports clubs' names ("Castleford United", "Bristol Rovers", "Leeds Rhinos FC").
CLUB_WORDS = {"United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "FC", "AFC", "CF"}
ORG_WORDS |= CLUB_WORDS
# News outlets and pollsters known by one word: alone, an organisation (unless the article
# names a person with that surname in full: "Steve Forbes ... Forbes said"); inside a
# longer name they decide nothing ("Michael Bloomberg").
OUTLET_NAMES = {"Politico", "POLITICO", "Breitbart", "HuffPost", "BuzzFeed", "Yahoo", "Axios", "Newsweek",
                "Vox", "Mediaite", "Gawker", "Forbes", "Bloomberg", "Univision", "Telemundo", "PolitiFact",
                "Politifact", "Gallup", "Quinnipiac", "Rasmussen", "Pew", "Xinhua", "Interfax", "Kyodo"}

# Last words of street names ("Harrowby Road"): an address, neither person nor organisation.
STREET_WORDS = {"Road", "Street", "Avenue", "Lane", "Drive", "Boulevard", "Crescent", "Terrace",
                "Highway", "Rd", "Rd."}
# Nouns by which a business refers back to a company named before ("the company said").
COMPANY_NOUNS = {"company", "firm", "group", "business", "carrier", "airline", "insurer",
                 "lender", "retailer", "utility", "manufacturer", "bank", "brewer", "supplier",
                 "chipmaker", "drugmaker", "carmaker", "automaker", "operator", "conglomerate"}
# Lower-case nouns for an organisation referred to by description ("the newspaper").
ORG_NOUNS = {
    "newspaper", "paper", "company", "firm", "campaign", "committee", "commission",
    "agency", "ministry", "department", "government", "administration", "network",
    "channel", "broadcaster", "group", "organization", "organisation", "party", "court",
    "council", "union", "association", "institute", "university", "bank", "fund",
    "foundation", "board", "alliance", "coalition", "office", "embassy", "magazine",
    "website", "site", "outlet", "station", "team", "club", "league", "movement", "army",
    "military", "police", "ministry", "cabinet", "parliament", "senate", "congress",
    "regime", "authorities", "publication", "pac", "super pac", "think tank", "report",
    "statement", "poll", "survey", "study", "white house", "kremlin", "pentagon",
}
# Businesses referred to by their trade ("the carrier said", "the insurer said").
ORG_NOUNS |= {"carrier", "airline", "insurer", "lender", "retailer", "automaker", "carmaker",
              "operator", "manufacturer", "regulator", "utility", "chipmaker", "drugmaker",
              "broker", "exchange", "supermarket", "brewer", "publisher", "startup",
              "maker", "chain", "provider", "authority", "watchdog", "charity", "nonprofit",
              "non-profit", "trust", "federation", "confederation", "regulator", "tribunal"}
# Documents and messages that "say" things ("the statement said", "the ad says").
DOCUMENT_NOUNS = {"statement", "release", "letter", "memo", "email", "e-mail", "report",
                  "complaint", "lawsuit", "suit", "filing", "indictment", "ad", "advert",
                  "advertisement", "video", "post", "tweet", "column", "editorial", "op-ed",
                  "book", "article", "study", "survey", "poll", "website", "document",
                  "message", "note", "sign", "banner", "slogan", "transcript", "ruling",
                  "opinion", "order", "motion", "petition", "resolution", "platform",
                  "announcement", "notice", "caption", "headline", "story", "text", "card"}
# Plural descriptions of unnamed sources ("officials said").
PLURAL_SOURCES = {"millennials", "mourners", "rabbis", "southerners", "northerners", "parents",
                  "students", "teachers", "workers", "veterans", "farmers", "doctors", "nurses",
                  "officials", "analysts", "experts", "critics", "aides", "sources",
                  "observers", "supporters", "opponents", "lawmakers", "democrats",
                  "republicans", "advisers", "advisors", "investigators", "police",
                  "authorities", "prosecutors", "diplomats", "economists", "researchers",
                  "scientists", "residents", "witnesses", "voters", "organizers",
                  "organisers", "activists", "leaders", "members", "people", "others",
                  "some", "many", "strategists", "insiders", "staffers", "historians",
                  "pollsters", "protesters", "politicians", "commentators", "reports",
                  "polls", "surveys", "studies"}
# Groups that speak in general news (obituaries, local and consumer stories).
PLURAL_SOURCES |= {"colleagues", "friends", "neighbors", "neighbours", "relatives", "classmates", "fans",
                   "demonstrators", "delegates", "families", "survivors", "victims", "campaigners",
                   "executives", "employees", "locals", "shoppers", "commuters", "passengers",
                   "customers", "owners"}

PLACE_ACRONYMS = {"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "U.N.", "EU", "E.U."}
# Acronyms that are neither organisations nor people.
NON_ORG_ACRONYMS = {"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "TV", "AM", "PM",
                    "A.M.", "P.M.", "OK", "CEO", "GDP", "ID", "I", "II", "III", "IV", "DC",
                    "D.C.", "NYC", "LA", "AIDS", "HIV", "COVID", "USD", "EST", "ET", "PT",
                    "MP", "MPs", "VIP", "ISIS", "ISIL", "CST", "PST", "GMT", "BC", "AD",
                    "LGBT", "LGBTQ", "STEM", "PhD", "MD", "PS", "RSVP", "FAQ", "Q", "A",
                    "CNN's", "WWII", "WWI", "UFO", "DNA", "IQ", "NY", "NJ", "SC", "NH",
                    "NV", "VA", "CA", "TX", "FL", "OH", "IA",
                    # Jobs and things, not bodies: "their GP", "the CFO", "an MRI".
                    "GP", "GPs", "CFO", "COO", "CTO", "MRI", "ICU", "A&E", "ER", "IVF", "PPE"}

# Countries, regions and big cities: capitalised words that are never people.
PLACES = set("""
Afghanistan Albania Algeria America Americas Argentina Armenia Asia Australia Austria
Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria
Cambodia Canada Chile China Colombia Croatia Cuba Cyprus Czech Denmark Egypt England
Estonia Ethiopia Europe Finland France Georgia Germany Ghana Greece Haiti Honduras Hungary
Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Korea
Kosovo Kuwait Kyiv Kiev Latvia Lebanon Libya Lithuania Luxembourg Macedonia Malaysia Mali
Mexico Moldova Mongolia Morocco Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway
Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania
Russia Rwanda Scotland Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden
Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey Turkiye Uganda Ukraine
Uruguay Venezuela Vietnam Wales Yemen Zambia Zimbabwe Africa Antarctica Arctic Caribbean
Washington Paris London Berlin Moscow Beijing Tokyo Brussels Rome Madrid Jerusalem
Baghdad Damascus Tehran Cairo Ankara Istanbul Delhi Mumbai Seoul Pyongyang Havana
Geneva Vienna Warsaw Prague Budapest Athens Lisbon Dublin Ottawa Toronto Sydney
Chicago Boston Houston Dallas Atlanta Miami Denver Phoenix Seattle Philadelphia Detroit
Cleveland Baltimore Orlando Tampa Vegas Brooklyn Manhattan Queens Bronx Harlem Alabama
Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming Carolina Dakota Hampshire Jersey
York Mexico Gaza Crimea Donbas Kurdistan Tibet Hong Kong Saudi Arabia Emirates Balkans
Middle East West South North Midwest Asia-Pacific Baltic Scandinavia Siberia Persian Gulf
Ukrainian Russian American French British German Chinese Italian Spanish European
Israeli Palestinian Iranian Iraqi Syrian Turkish Japanese Korean Indian Pakistani Afghan
Mexican Canadian Brazilian Polish Greek Dutch Swedish Norwegian Danish Finnish Irish
Scottish Welsh English Australian African Arab Saudi Egyptian Libyan Cuban Venezuelan
Western Eastern Northern Southern Muslim Christian Jewish Catholic Hispanic Latino Latina
Asian Sunni Shiite Kurdish Democratic Republican Conservative Liberal Labour
Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April
May June July August September October November December Jan Feb Mar Apr Jun Jul Aug
Sep Sept Oct Nov Dec Christmas Easter Thanksgiving Ramadan God Lord Internet Brexit
Obamacare Medicare Medicaid Senate House Congress United States Kingdom
""".split())
NATIONALITY_SUFFIXES = ("an", "ian", "ese", "ish", "i")
# Nationalities that stand for a person in sports and foreign news ("the Portuguese told
# reporters", "the Frenchman said"): a description, never a name.
DEMONYMS = frozenset("""
Portuguese Belgian Swiss Austrian Hungarian Czech Romanian Serbian Croatian Bosnian Albanian
Bulgarian Slovak Slovenian Estonian Latvian Lithuanian Belarusian Georgian Armenian Icelandic
Argentine Argentinian Colombian Chilean Peruvian Uruguayan Ecuadorian Paraguayan Bolivian
Nigerian Kenyan Ghanaian Senegalese Moroccan Algerian Tunisian Ethiopian Ivorian Cameroonian
Thai Vietnamese Filipino Indonesian Malaysian Taiwanese Lebanese Jordanian Qatari Emirati
Frenchman Frenchwoman Dutchman Englishman Scotsman Welshman Irishman Spaniard Swede
Norwegian Brazilian Mexican Canadian Australian German Italian Spanish French
Russian Ukrainian Chinese Japanese Korean Indian Pakistani Greek Dutch Swedish Danish Finnish
Polish Irish Scottish Welsh English American British Israeli Iranian Iraqi Syrian Egyptian
""".split())
PLACES |= DEMONYMS

# Common words that start a sentence capitalised but are no part of a name.
COMMON_CAPITALISED = set("""
A An The This That These Those There Here It Its It's He She They We I You His Her Their
Our My Your Him Them Us But And Or Nor So Yet For If When While Although Though Because
Since As After Before During In On At By With Without From To Into Onto Of Off Over Under
About Above Below Between Among Through Across Against Along Around Behind Beyond Despite
Amid Amongst Alongside Beside Throughout Toward Towards Via Regarding Concerning Underneath Atop
Absent Barring Excluding Including Notwithstanding Pending
Except Inside Outside Until Upon Within Speaking According Asked Meanwhile However
Instead Still Also Then Now Today Tonight Yesterday Tomorrow Last Next Earlier Later Once
Even Just Only Not No Yes What Who Whom Whose Which Where Why How Whether Some Many Most
More Much All Both Each Every Either Neither Other Another Such Several Few One Two Three
Four Five Six Seven Eight Nine Ten First Second Third Mr Ms Mrs Dr Well Oh Like Unlike
Indeed Perhaps Maybe Already Again Finally Thus Therefore Moreover Furthermore Besides
Otherwise Nevertheless Nonetheless Recently Currently Previously Ultimately Overall
Retired Former Then Let Do Does Did Is Are Was Were Be Been Has Have Had Will Would
Can Could Should Must May Might Shall Don't Doesn't Didn't Isn't Aren't Wasn't Weren't
Can't Couldn't Won't Wouldn't Shouldn't Watch Read See Click Photo Video Follow Update
Updated Editor's Note Related Advertisement Share Sign Subscribe Getty Images AP
Nobody Everybody Anybody Somebody Everyone Anyone Someone Any None Rather Having Being
""".split())

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}

# Nouns for an event that an anaphoric venue ("told the gathering") can refer back to.
EVENT_NOUNS = {"gathering", "meeting", "meet", "summit", "conference", "rally", "forum",
               "convention", "session", "assembly", "ceremony", "event", "audience",
               "crowd", "debate", "hearing", "briefing", "press conference", "news conference",
               "town hall", "speech", "address", "talks", "interview", "congress",
               "symposium", "dinner", "luncheon", "reception", "parliament", "delegates",
               "screening", "premiere", "gala", "vigil", "fundraiser", "commencement"}
# Bodies addressed at a sitting ("told the committee", "told the court").
EVENT_NOUNS |= {"committee", "panel", "board", "council", "jury", "court", "tribunal", "inquiry"}
# Words in a venue that mark it as a broadcaster or platform (recorded as organisations).
MEDIA_WORDS = {"TV", "Television", "Radio", "Channel", "News", "Network", "Twitter",
               "Facebook", "Instagram", "YouTube", "Telegram", "Truth", "Social", "CNN",
               "BBC", "MSNBC", "NBC", "CBS", "ABC", "NPR", "Fox", "Sky", "France"}

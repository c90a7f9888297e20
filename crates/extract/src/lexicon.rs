//! Word lists: general English and news-writing knowledge, never article text.
//!
//! Each list is small, sorted by theme, and matched on lowercase words.

/// Verbs that report speech or writing, as lemma prefixes matched by
/// [`cue_lemma`]: "said", "says", "saying" all give "say".
const CUE_VERBS: &[(&str, &[&str])] = &[
    ("say", &["say", "says", "said", "saying"]),
    ("tell", &["tell", "tells", "told", "telling"]),
    ("add", &["add", "adds", "added", "adding"]),
    ("write", &["write", "writes", "wrote", "written", "writing"]),
    ("state", &["state", "states", "stated"]),
    (
        "explain",
        &["explain", "explains", "explained", "explaining"],
    ),
    ("assure", &["assure", "assures", "assured"]),
    ("vow", &["vow", "vows", "vowed", "vowing"]),
    ("warn", &["warn", "warns", "warned", "warning"]),
    ("argue", &["argue", "argues", "argued", "arguing"]),
    ("claim", &["claim", "claims", "claimed"]),
    ("insist", &["insist", "insists", "insisted", "insisting"]),
    ("note", &["note", "notes", "noted"]),
    ("point out", &["pointed", "points"]),
    ("suggest", &["suggest", "suggests", "suggested"]),
    (
        "emphasise",
        &[
            "emphasize",
            "emphasizes",
            "emphasized",
            "emphasise",
            "emphasises",
            "emphasised",
        ],
    ),
    ("stress", &["stress", "stresses", "stressed", "stressing"]),
    ("underline", &["underline", "underlines", "underlined"]),
    (
        "announce",
        &["announce", "announces", "announced", "announcing"],
    ),
    ("declare", &["declare", "declares", "declared", "declaring"]),
    ("admit", &["admit", "admits", "admitted", "admitting"]),
    (
        "acknowledge",
        &["acknowledge", "acknowledges", "acknowledged"],
    ),
    ("confirm", &["confirm", "confirms", "confirmed"]),
    ("deny", &["deny", "denies", "denied"]),
    ("ask", &["ask", "asks", "asked"]),
    ("reply", &["reply", "replies", "replied"]),
    ("answer", &["answered"]),
    ("urge", &["urge", "urges", "urged"]),
    (
        "predict",
        &["predict", "predicts", "predicted", "predicting"],
    ),
    ("estimate", &["estimate", "estimates", "estimated"]),
    ("promise", &["promise", "promises", "promised"]),
    ("indicate", &["indicate", "indicates", "indicated"]),
    ("report", &["report", "reports", "reported"]),
    ("reveal", &["reveal", "reveals", "revealed"]),
    (
        "complain",
        &["complain", "complains", "complained", "complaining"],
    ),
    ("concede", &["concede", "concedes", "conceded"]),
    ("recall", &["recall", "recalls", "recalled"]),
    ("continue", &["continued"]),
    ("conclude", &["conclude", "concludes", "concluded"]),
    ("caution", &["caution", "cautions", "cautioned"]),
    ("comment", &["comment", "comments", "commented"]),
    ("remark", &["remark", "remarks", "remarked"]),
    ("observe", &["observe", "observes", "observed"]),
    ("allege", &["allege", "alleges", "alleged"]),
    ("accuse", &["accuse", "accuses", "accused"]),
    ("speculate", &["speculate", "speculates", "speculated"]),
    ("describe", &["describe", "describes", "described"]),
    ("call", &["call", "calls", "called"]),
    ("believe", &["believe", "believes", "believed"]),
    ("think", &["think", "thinks", "thought"]),
    ("predict", &["forecast", "forecasts"]),
    ("agree", &["agree", "agrees", "agreed"]),
    ("tweet", &["tweet", "tweets", "tweeted"]),
    ("post", &["posted"]),
    ("testify", &["testified", "testifies"]),
    ("boast", &["boasted", "boasts"]),
    ("quip", &["quipped", "quips"]),
    ("joke", &["joked", "jokes", "joking"]),
    ("smile", &["smiles", "smiled"]),
    (
        "apologise",
        &["apologised", "apologized", "apologises", "apologizes"],
    ),
    ("counter", &["countered", "counters"]),
    ("maintain", &["maintained", "maintains"]),
    ("contend", &["contended", "contends"]),
    ("reiterate", &["reiterated", "reiterates"]),
    ("mention", &["mentioned"]),
    ("threaten", &["threatened", "threatens"]),
    ("demand", &["demanded", "demands"]),
    ("respond", &["responded"]),
    ("acknowledge", &["acknowledged"]),
    ("signal", &["signalled", "signaled"]),
    ("refer", &["referred", "refers"]),
    ("feel", &["felt", "feels"]),
    ("brand", &["branded", "brands", "branding"]),
    ("dub", &["dubbed", "dubs"]),
    ("read", &["read", "reads"]),
    // "citing his best-known hit as “one of the best performances”".
    ("cite", &["cited", "cites", "citing"]),
];

/// The lemma of a speech verb, if `word` (lowercase) is one.
pub fn is_first_name(word: &str) -> bool {
    first_names().contains_key(word)
}

/// The pronoun a first name usually takes ("victoria" → she), when the census
/// gives it to one sex far more than the other.
pub fn first_name_gender(word: &str) -> Option<Pronoun> {
    first_names().get(word).copied().flatten()
}

fn first_names() -> &'static rustc_hash::FxHashMap<&'static str, Option<Pronoun>> {
    use std::sync::OnceLock;
    static NAMES: OnceLock<rustc_hash::FxHashMap<&'static str, Option<Pronoun>>> = OnceLock::new();
    NAMES.get_or_init(|| {
        include_str!("../data/first_names.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| {
                let (name, sex) = l.split_once(' ').unwrap_or((l, "?"));
                let gender = match sex {
                    "m" => Some(Pronoun::He),
                    "f" => Some(Pronoun::She),
                    _ => None,
                };
                (name, gender)
            })
            .collect()
    })
}

/// [`cue_lemma`] of a word as written, in any case; lowercase ASCII (most words)
/// is looked up without a lowercase copy.
pub fn cue_lemma_any_case(word: &str) -> Option<&'static str> {
    if word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        cue_lemma(&word.to_lowercase())
    } else {
        cue_lemma(word)
    }
}

pub fn cue_lemma(word: &str) -> Option<&'static str> {
    use std::sync::OnceLock;
    static FORMS: OnceLock<rustc_hash::FxHashMap<&'static str, &'static str>> = OnceLock::new();
    FORMS
        .get_or_init(|| {
            let mut map = rustc_hash::FxHashMap::default();
            for (lemma, forms) in CUE_VERBS {
                for form in *forms {
                    map.entry(*form).or_insert(*lemma);
                }
            }
            map
        })
        .get(word)
        .copied()
}

/// Cues that mostly report speech only when a quote or a clause follows; they
/// must not make a speaker of their subject on their own.
#[rustfmt::skip]
pub fn weak_cue(lemma: &str) -> bool {
    matches!(lemma, "call" | "describe" | "accuse" | "report" | "agree" | "post" | "threaten" | "demand" | "respond" | "signal" | "continue" | "refer" | "read" | "joke" | "smile" | "apologise" | "cite")
}

/// Cues that always report speech or writing (not "conceded large parts").
pub fn strong_cue(lemma: &str) -> bool {
    matches!(
        lemma,
        "say"
            | "tell"
            | "add"
            | "write"
            | "state"
            | "explain"
            | "insist"
            | "argue"
            | "claim"
            | "warn"
            | "note"
            | "stress"
            | "emphasise"
            | "announce"
            | "declare"
            | "predict"
            | "brand"
            | "describe"
            | "call"
            | "dub"
            | "complain"
            | "assure"
            | "vow"
            | "promise"
            | "tweet"
            | "urge"
            | "according to"
    )
}

/// Nouns for a statement that "reads" or "says" on behalf of its author.
pub fn is_statement_noun(word: &str) -> bool {
    matches!(
        word,
        "statement"
            | "release"
            | "letter"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "tweet"
            | "post"
            | "memo"
            | "note"
            | "filing"
            | "report"
            | "ruling"
            | "verdict"
            | "judgment"
            | "judgement"
    )
}

/// Suffixes after a name that are not part of it.
pub fn is_name_suffix(word: &str) -> bool {
    matches!(
        word,
        "qc" | "kc"
            | "mp"
            | "mep"
            | "msp"
            | "jr"
            | "sr"
            | "phd"
            | "obe"
            | "mbe"
            | "cbe"
            | "md"
            | "iii"
            | "ii"
    )
}

/// Nouns right before a name that make it an organisation ("pharmaceutical firm Phytopharm").
pub fn is_org_evidence(word: &str) -> bool {
    is_company_noun(word)
        || matches!(
            word,
            "maker"
                | "store"
                | "jeweller"
                | "broker"
                | "brand"
                | "label"
                | "operator"
                | "provider"
                | "think-tank"
                | "thinktank"
                | "agency"
                | "partner"
                | "rival"
                | "supplier"
                | "developer"
                | "publisher"
                | "studio"
                | "network"
                | "start-up"
                | "startup"
                | "charity"
                | "club"
                | "side"
                | "team"
                | "producer"
                | "distributor"
                | "outfit"
                | "watchdog"
                | "regulator"
                | "union"
                | "party"
                | "band"
                | "tank"
                // "rival suitor Euronext": a takeover's parties are bodies,
                // and so are exchanges ("the pan-European bourse").
                | "suitor"
                | "bourse"
                | "exchange"
        )
}

/// The last word of a company's regional arm ("Lycos Europe", "Sony Asia"):
/// no person's name ends in a continent.
pub fn is_regional_arm_word(word: &str) -> bool {
    matches!(word, "europe" | "asia" | "africa" | "worldwide")
}

/// The nouns no person is called (part of [`is_org_evidence`]): before a
/// name that opens with a first name, they still make it a company.
pub fn is_company_noun(word: &str) -> bool {
    matches!(
        word,
        "firm"
            | "company"
            | "group"
            | "giant"
            | "retailer"
            | "bank"
            | "carrier"
            | "airline"
            | "insurer"
            | "manufacturer"
            | "conglomerate"
            | "chain"
            | "lender"
            | "stockbroker"
            | "bookmaker"
            | "bookmakers"
            | "utility"
            | "subsidiary"
            | "firms"
            | "companies"
    )
}

/// Words between a subject and its verb that do not break the link.
pub fn is_auxiliary_or_adverb(word: &str) -> bool {
    matches!(
        word,
        "has"
            | "have"
            | "had"
            | "was"
            | "were"
            | "is"
            | "are"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "did"
            | "does"
            | "do"
            | "also"
            | "later"
            | "then"
            | "previously"
            | "earlier"
            | "recently"
            | "repeatedly"
            | "once"
            | "again"
            | "further"
            | "reportedly"
            | "allegedly"
            | "publicly"
            | "privately"
            | "already"
            | "just"
            | "not"
            | "never"
            | "often"
            | "quickly"
            | "simply"
            | "bluntly"
            | "angrily"
            | "firmly"
            | "openly"
            | "flatly"
            | "separately"
            | "jokingly"
            | "still"
            | "too"
            | "even"
            | "only"
            | "subsequently"
            | "yesterday"
            | "today"
            | "vehemently"
            | "explicitly"
            | "confidently"
            | "candidly"
            | "frankly"
            | "however"
    )
}

pub fn pronoun(word: &str) -> Option<Pronoun> {
    Some(match word {
        "he" | "him" | "his" | "himself" => Pronoun::He,
        "she" | "her" | "hers" | "herself" => Pronoun::She,
        "they" | "them" | "their" | "themselves" => Pronoun::They,
        "it" | "its" | "itself" => Pronoun::It,
        "i" | "we" | "you" => Pronoun::Speaker,
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
    It,
    /// First or second person: only inside quotes, never a speaker cue.
    Speaker,
}

/// "Mr", "Ms": an honorific that says nothing of rank.
pub fn is_plain_honorific(word: &str) -> bool {
    matches!(word, "mr" | "mrs" | "ms" | "miss")
}

/// "Sir", "Lady": a knighthood or a peerage, never written "Mr".
pub fn is_peerage_title(word: &str) -> bool {
    matches!(word, "sir" | "dame" | "lord" | "lady")
}

/// An honorific right before a name: after it even a title word or a place
/// is a surname ("Ms King", "Ms Essex").
pub fn is_honorific(word: &str) -> bool {
    is_plain_honorific(word) || word == "dr" || is_peerage_title(word)
}

/// Honorifics and titles that precede a person's name.
pub fn is_title(word: &str) -> bool {
    matches!(
        word,
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "dr"
            | "prof"
            | "professor"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "president"
            | "vice"
            | "prime"
            | "minister"
            | "chancellor"
            | "treasurer"
            | "secretary"
            | "senator"
            | "sen"
            | "rep"
            | "representative"
            | "governor"
            | "gov"
            | "mayor"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "general"
            | "gen"
            | "colonel"
            | "col"
            | "captain"
            | "capt"
            | "lieutenant"
            // Ranks as the BBC abbreviates them: "Lt Col", "Maj Gen", "Sgt".
            | "lt"
            | "maj"
            | "brig"
            | "cpl"
            | "sergeant"
            | "admiral"
            | "commander"
            | "judge"
            | "justice"
            | "ambassador"
            | "envoy"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "chief"
            | "executive"
            | "director"
            | "deputy"
            | "speaker"
            | "leader"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "coach"
            | "manager"
            | "boss"
            | "head"
            | "foreign"
            | "defence"
            | "defense"
            | "interior"
            | "finance"
            | "culture"
            | "health"
            | "home"
            | "trade"
            | "economy"
            | "education"
            | "first"
            | "father"
            | "rabbi"
            | "imam"
            | "bishop"
            | "archbishop"
            | "sheikh"
            | "emir"
            | "sultan"
            | "attorney"
            | "inspector"
            | "detective"
            | "officer"
            | "constable"
            | "superintendent"
            // Police ranks as the BBC abbreviates them ("Chief Supt Deats").
            | "supt"
            | "insp"
            | "sgt"
            | "det"
            | "mp"
            | "mep"
            | "ceo"
            | "cfo"
            | "strongman"
            | "dictator"
            | "ruler"
            | "opposition"
            | "former"
    )
}

/// Titles that can stand right before a name ("Foreign" needs "Minister").
pub fn is_core_title(word: &str) -> bool {
    is_title(word)
        && !matches!(
            word,
            "vice"
                | "prime"
                | "foreign"
                | "defence"
                | "defense"
                | "interior"
                | "finance"
                | "culture"
                | "health"
                | "home"
                | "trade"
                | "economy"
                | "education"
                | "first"
                | "deputy"
                | "former"
                | "opposition"
                | "executive"
                | "chief"
                | "head"
                | "attorney"
                | "general"
                | "chair"
                | "speaker"
                | "officer"
        )
}

/// Nouns that head a description of a person: "the 68-year-old", "the Belarusian ruler".
pub fn is_person_noun(word: &str) -> bool {
    word.ends_with("-year-old")
        || matches!(
            word,
            "ruler"
                | "leader"
                | "president"
                // "The MP, who is consulting his lawyers, told BBC News".
                | "mp"
                | "mep"
                | "msp"
                // ("says the DJ")
                | "dj"
                | "strongman"
                | "dictator"
                | "premier"
                | "minister"
                | "chancellor"
                | "secretary"
                | "commissioner"
                | "ombudsman"
                | "expert"
                | "specialist"
                | "analyst"
                | "researcher"
                | "scientist"
                | "economist"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "official"
                | "politician"
                | "lawmaker"
                | "senator"
                | "governor"
                | "mayor"
                | "general"
                | "commander"
                | "chief"
                | "head"
                | "director"
                | "founder"
                | "co-founder"
                | "chairman"
                | "chairwoman"
                | "executive"
                | "boss"
                | "manager"
                | "coach"
                | "player"
                | "striker"
                | "midfielder"
                | "defender"
                | "goalkeeper"
                | "captain"
                | "star"
                | "actor"
                | "actress"
                | "singer"
                | "musician"
                | "artist"
                | "writer"
                | "author"
                | "journalist"
                | "editor"
                | "professor"
                | "lawyer"
                | "judge"
                | "prosecutor"
                | "diplomat"
                | "ambassador"
                | "envoy"
                | "adviser"
                | "advisor"
                | "aide"
                | "candidate"
                | "veteran"
                | "father"
                | "mother"
                | "woman"
                | "man"
                | "fellow"
                | "monarch"
                | "king"
                | "queen"
                | "prince"
                | "incumbent"
                | "champion"
                | "winner"
                | "driver"
                | "rider"
                | "teenager"
                | "activist"
                | "campaigner"
                | "trader"
                | "broker"
                | "dealer"
                | "investor"
                | "banker"
                | "strategist"
                | "forecaster"
                | "pollster"
                | "owner"
                | "pilot"
                | "doctor"
                | "nurse"
                | "officer"
                | "soldier"
                | "witness"
                | "briton"
                | "skipper"
                | "gaffer"
                | "frontman"
                | "rapper"
                | "presenter"
                | "novelist"
                | "chef"
                | "designer"
                | "entrepreneur"
                | "comedian"
                | "comic"
                | "producer"
                | "broadcaster"
                | "guitarist"
                | "drummer"
                | "vocalist"
                | "winger"
                | "batsman"
                | "bowler"
                | "fly-half"
                | "scrum-half"
                | "full-back"
                // Rugby's front five and back row ("The prop said:").
                | "prop"
                | "hooker"
                | "flanker"
                | "number-eight"
                | "youngster"
                | "newcomer"
                | "debutant"
                | "rookie"
                | "all-rounder"
                | "sprinter"
                | "athlete"
                | "swimmer"
                | "golfer"
                | "boxer"
                | "jockey"
                | "cyclist"
                | "runner"
        )
        || nationality_noun(word)
}

/// Political parties by the words their names are made of ("Tory", "Labour",
/// "Liberal Democrats"): organisations, never a person's name.
pub fn is_party_word(word: &str) -> bool {
    matches!(
        word,
        "tory"
            | "tories"
            | "labour"
            | "conservative"
            | "conservatives"
            | "democrat"
            | "democrats"
            // "Lib Dems", "the Lib Dem leader".
            | "lib"
            | "dem"
            | "dems"
            | "republican"
            | "republicans"
            | "ukip"
            | "snp"
            | "sinn"
            // "Plaid Cymru" ("the Party of Wales").
            | "plaid"
    )
}

/// Faiths and peoples that no country names ("Jewish", "Muslim", "Kurdish"):
/// adjectives, never a name on their own.
pub fn is_faith_or_people_adjective(word: &str) -> bool {
    matches!(
        word,
        "jewish"
            | "muslim"
            | "christian"
            | "catholic"
            | "protestant"
            | "anglican"
            | "hindu"
            | "sikh"
            | "buddhist"
            | "islamic"
            | "arab"
            | "kurdish"
            | "palestinian"
            | "asian"
            | "african"
            | "european"
            | "latino"
            | "hispanic"
            | "aboriginal"
    )
}

/// "Dutchman", "Irishwoman", "Briton": a person by nationality.
pub fn nationality_noun(word: &str) -> bool {
    ["man", "woman", "men", "women"].iter().any(|suffix| {
        word.strip_suffix(suffix).is_some_and(|stem| {
            stem.len() >= 3 && crate::places::country_of_demonym(stem).is_some()
        })
    }) || matches!(
        word,
        "frenchman"
            | "englishman"
            | "scotsman"
            | "welshman"
            | "dutchman"
            | "irishman"
            | "briton"
            | "spaniard"
            | "dane"
            | "swede"
            | "pole"
            | "scot"
    )
}

/// Plural nouns that name a group as an unnamed source: "observers say".
pub fn is_unnamed_source_noun(word: &str) -> bool {
    matches!(
        word,
        "observers"
            | "experts"
            | "analysts"
            | "officials"
            | "source"
            | "insider"
            | "organisers"
            | "organizers"
            | "lawyers"
            | "solicitors"
            | "sources"
            | "diplomats"
            | "critics"
            | "residents"
            | "witnesses"
            | "scientists"
            | "economists"
            | "insiders"
            | "reports"
            | "investigators"
            | "researchers"
            | "commentators"
            | "campaigners"
            | "activists"
            | "lawmakers"
            | "brokers"
            | "dealers"
            | "politicians"
            | "authorities"
            | "people"
            | "traders"
            | "investors"
            | "creditors"
            | "shareholders"
            | "bankers"
            | "strategists"
            | "forecasters"
            | "pollsters"
            | "media"
            | "newspapers"
            | "studies"
            | "polls"
            | "surveys"
            | "figures"
            | "data"
            | "estimates"
            | "reporters"
            | "correspondents"
            | "journalists"
            | "pundits"
            | "advisers"
            | "aides"
            | "spokesmen"
            | "generals"
            | "doctors"
            | "police"
            | "prosecutors"
            | "leaders"
            | "executives"
            | "members"
            | "fans"
            | "specialists"
            | "academics"
            | "historians"
            | "unions"
            | "groups"
            | "ministers"
            | "mps"
            | "meps"
            | "msps"
            | "councillors"
            | "firms"
            | "companies"
            | "viewers"
            | "listeners"
            | "readers"
            | "voters"
            | "respondents"
            | "producers"
            | "promoters"
            | "bosses"
            | "supporters"
            | "opponents"
            | "advocates"
            | "proponents"
    )
}

/// The bodies many states belong to, by acronym: no one state's government
/// ("the IMF" is typed as "the International Monetary Fund" is).
pub fn is_international_body(word: &str) -> bool {
    matches!(word, "un" | "imf" | "wto" | "who" | "opec" | "interpol")
}

/// Words that make a capitalised name an organisation.
pub fn is_organization_word(word: &str) -> bool {
    is_party_word(word)
        || is_international_body(word)
        || matches!(
            word,
            "foundation"
            | "orchestra"
            | "guild"
            | "choir"
            | "ensemble"
            | "endowment"
            | "institute"
            | "institution"
            | "center"
            | "centre"
            | "house"
            | "university"
            | "college"
            | "school"
            | "academy"
            | "association"
            | "society"
            | "council"
            | "committee"
            | "commission"
            | "union"
            | "federation"
            | "league"
            | "club"
            | "industry"
            | "party"
            // Parties named by their members ("Liberal Democrats", "the Tories").
            | "democrats"
            | "republicans"
            | "conservatives"
            | "liberals"
            | "tories"
            | "socialists"
            | "greens"
            | "nationalists"
            | "unionists"
            | "group"
            | "company"
            | "corporation"
            | "corp"
            | "inc"
            | "ltd"
            | "plc"
            | "llc"
            | "bank"
            | "fund"
            | "trust"
            | "agency"
            | "organisation"
            | "organization"
            | "alliance"
            | "coalition"
            | "movement"
            | "network"
            | "forum"
            | "board"
            | "authority"
            | "bureau"
            | "office"
            | "service"
            | "services"
            | "airlines"
            | "airways"
            | "motors"
            | "holdings"
            // "Contrack International", "Amnesty International".
            | "international"
            | "industries"
            // "Christian Aid", "Legal Aid", "Band Aid".
            | "aid"
            // "General Electric", "Texas Instruments" (not "Steel": Helen Steel).
            | "electric"
            | "electronics"
            | "instruments"
            | "chemicals"
            | "systems"
            | "technologies"
            | "labs"
            | "partners"
            // "Forrester Research", "Capital Economics", "Lopes Filho & Associates".
            | "research"
            // ("British Chambers of Commerce": not "chambers", Dwain Chambers' name.)
            | "commerce"
            | "associates"
            | "consulting"
            | "consultancy"
            | "consultants"
            | "economics"
            | "investments"
            | "brothers"
            | "capital"
            | "securities"
            | "unit"
            | "tank"
            | "cabinet"
            | "court"
            | "team"
            | "united"
            | "utd"
            | "city"
            | "rovers"
            | "athletic"
            | "fc"
            | "rfu"
            | "uefa"
            | "fifa"
            | "olympic"
            | "olympics"
            | "studios"
            | "records"
            | "pictures"
            | "entertainment"
            | "media"
            | "telecom"
            | "communications"
            | "energy"
            | "oil"
            | "petroleum"
            | "pharmaceuticals"
            | "consortium"
            | "firm"
            | "exchange"
            | "index"
        )
}

/// Words that make an organisation a government body.
pub fn is_government_word(word: &str) -> bool {
    matches!(
        word,
        "ministry"
            | "government"
            | "parliament"
            | "staff"
            | "army"
            | "navy"
            | "forces"
            | "police"
            | "duma"
            | "rada"
            | "kremlin"
            | "pentagon"
            | "congress"
            | "senate"
            | "treasury"
            | "department"
            | "cabinet"
            | "assembly"
            | "embassy"
            | "military"
            | "presidency"
            | "administration"
            | "commons"
            | "lords"
            | "whitehall"
            | "downing"
            | "reserve"
            | "customs"
            | "revenue"
            | "state"
            | "states"
            | "republic"
            | "commission"
            | "court"
            | "prosecutor"
            | "prosecutors"
            | "office"
            | "guard"
            | "intelligence"
            | "nato"
            | "eu"
            | "fbi"
            | "cia"
            | "mi5"
            | "mi6"
            | "ofcom"
            | "ofsted"
            | "ofwat"
            | "ofgem"
            | "nhs"
            | "fsa"
            | "sec"
            | "fed"
            | "ecb"
            | "hmrc"
            | "mod"
            | "fco"
            | "dti"
            | "defra"
    )
}

/// News organisations widely cited by name.
pub fn is_media_name(lower_name: &str) -> bool {
    matches!(
        lower_name,
        "afp"
            | "agence france-presse"
            | "agence france presse"
            | "reuters"
            | "ap"
            | "associated press"
            | "bbc"
            | "bbc news"
            | "cnn"
            | "al jazeera"
            | "newsweek"
            | "news week"
            | "tass"
            | "ria novosti"
            | "ria"
            | "interfax"
            | "bloomberg"
            | "financial times"
            | "new york times"
            | "the new york times"
            | "washington post"
            | "the washington post"
            | "guardian"
            | "the guardian"
            | "times"
            | "the times"
            | "telegraph"
            | "daily telegraph"
            | "the telegraph"
            | "the independent"
            | "independent"
            | "observer"
            | "the observer"
            | "economist"
            | "the economist"
            | "wall street journal"
            | "the wall street journal"
            | "sky news"
            | "itv"
            | "channel 4"
            | "fox news"
            | "nbc"
            | "abc"
            | "cbs"
            | "npr"
            | "politico"
            | "axios"
            | "dpa"
            | "efe"
            | "ansa"
            | "xinhua"
            | "kyodo"
            | "yonhap"
            | "belta"
            | "ukrinform"
            | "meduza"
            | "novaya gazeta"
            | "kommersant"
            | "izvestia"
            | "pravda"
            | "der spiegel"
            | "spiegel"
            | "le monde"
            | "el pais"
            | "bild"
            | "daily mail"
            | "the sun"
            | "sun"
            | "mirror"
            | "daily mirror"
            | "radio 4"
            | "today programme"
            | "washington examiner"
            | "the washington examiner"
            | "ont"
            | "voice of america"
            | "radio liberty"
            | "rfe/rl"
            | "radio free europe"
            | "the hill"
            | "usa today"
            | "los angeles times"
            | "time"
            | "variety"
            | "hollywood reporter"
            | "billboard"
            | "rolling stone"
            | "nme"
            | "the sunday times"
            | "sunday times"
            | "mail on sunday"
            | "evening standard"
            | "the scotsman"
            | "herald"
            | "press association"
            | "pa"
            | "cnbc"
            | "msnbc"
            | "mtv"
            | "hbo"
            | "channel 5"
            | "bskyb"
            | "sky"
            | "channel 4 news"
            | "euronews"
            | "rt"
            | "trt world"
            | "anadolu"
            | "nascha niwa"
            | "nasha niva"
            | "tut.by"
            | "zerkalo"
    )
}

/// Lowercase words right after a name that make it a media outlet.
pub fn is_media_word(word: &str) -> bool {
    matches!(
        word,
        "newspaper"
            | "daily"
            | "weekly"
            | "magazine"
            | "channel"
            | "tv"
            | "television"
            | "radio"
            | "broadcaster"
            | "agency"
            | "website"
            | "outlet"
            | "tabloid"
            | "programme"
            | "program"
            | "show"
            | "station"
            | "paper"
            | "journal"
            | "podcast"
            | "blog"
    )
}

/// Words for opinion polls and surveys.
pub fn is_poll_word(word: &str) -> bool {
    matches!(
        word,
        "poll"
            | "polls"
            | "survey"
            | "surveys"
            | "census"
            | "study"
            | "opinion-poll"
            | "referendum"
    )
}

/// Words of hedged certainty.
pub const HEDGE_WORDS: &[&str] = &[
    "likely",
    "unlikely",
    "probably",
    "reportedly",
    "allegedly",
    "apparently",
    "seemingly",
    "supposedly",
    "presumably",
    "seems",
    "seem",
    "seemed",
    "appears",
    "appear",
    "appeared",
    "suggests",
    "suggest",
    "suggested",
    "believed",
    "thought",
    "expected",
    "estimated",
    "roughly",
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "some",
    "claimed",
    "alleged",
    "purportedly",
    "arguably",
    "rumoured",
    "rumored",
    "understood",
    "said",
];

/// Words of speculation: what may or might happen.
pub const SPECULATION_WORDS: &[&str] = &[
    "could",
    "might",
    "may",
    "possibly",
    "perhaps",
    "maybe",
    "conceivably",
    "if",
    "would",
    "potentially",
    "possible",
    "scenario",
    "whether",
];

/// Words that make a statement an assessment rather than a report of fact.
pub const EVALUATIVE_WORDS: &[&str] = &[
    "significant",
    "dangerous",
    "risky",
    "unrealistic",
    "reasonable",
    "useful",
    "effective",
    "unpopular",
    "popular",
    "clear",
    "unclear",
    "important",
    "crucial",
    "difficult",
    "easy",
    "bad",
    "good",
    "better",
    "worse",
    "best",
    "worst",
    "precarious",
    "complicit",
    "illegitimate",
    "illegitimately",
    "fraudulent",
    "apparently",
    "supposed",
    "moderate",
    "extremely",
    "highly",
    "too",
    "sensible",
    "low",
    "high",
    "strong",
    "weak",
    "loyal",
    "dependent",
    "vulnerable",
    "desperate",
    "desperation",
    "indispensable",
    "compliant",
    "repressive",
    "authoritarian",
    "hesitant",
    "willing",
    "unwilling",
    "aware",
    "evident",
    "obvious",
    "ironically",
    "disappointing",
    "impressive",
    "excellent",
    "poor",
    "fragile",
    "remarkable",
    "surprising",
    "unprecedented",
    "harsh",
    "harsher",
    "struggling",
    "escalation",
    "threat",
    "mistake",
    "failure",
    "success",
    "successful",
    "unsuccessful",
    "key",
    "main",
    "major",
    "serious",
];

pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Capitalised words that begin sentences and never start a name on their own.
pub fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "so"
            | "yet"
            | "for"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "by"
            | "with"
            | "from"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "after"
            | "before"
            | "since"
            | "until"
            | "while"
            | "when"
            | "where"
            | "why"
            | "how"
            | "what"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "if"
            | "as"
            | "than"
            | "because"
            | "although"
            | "though"
            | "despite"
            | "during"
            | "however"
            | "still"
            | "also"
            | "even"
            | "only"
            | "just"
            | "then"
            | "there"
            | "here"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "some"
            | "many"
            | "most"
            | "all"
            | "any"
            | "each"
            | "every"
            | "no"
            | "not"
            | "one"
            | "two"
            | "three"
            | "both"
            | "either"
            | "neither"
            | "another"
            | "other"
            | "such"
            | "more"
            | "less"
            | "much"
            | "few"
            | "several"
            | "instead"
            | "meanwhile"
            | "indeed"
            | "already"
            | "apart"
            | "against"
            | "among"
            | "between"
            | "about"
            | "around"
            | "through"
            | "without"
            | "within"
            | "according"
            | "yes"
            | "now"
            | "today"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "do"
            | "does"
            | "did"
            | "has"
            | "have"
            | "had"
            | "be"
            | "been"
            | "being"
            | "let"
            | "please"
            | "thanks"
            | "oh"
            | "well"
            | "like"
            | "unlike"
            | "once"
            | "whether"
            | "whatever"
            | "whoever"
            | "perhaps"
            | "maybe"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "doing"
            | "having"
            | "currently"
            | "finally"
            | "first"
            | "second"
            | "third"
            | "last"
            | "next"
            | "new"
            | "old"
            | "big"
            | "small"
            | "towards"
            | "toward"
            | "upon"
            | "via"
            | "per"
            | "amid"
            | "amidst"
            | "beyond"
            | "above"
            | "below"
            | "behind"
            | "near"
            | "off"
            | "out"
            | "up"
            | "down"
            | "back"
            | "again"
            | "ago"
            | "away"
            | "too"
            | "very"
            | "quite"
            | "rather"
            | "almost"
            | "nearly"
            | "often"
            | "sometimes"
            | "usually"
            | "never"
            | "always"
            | "ever"
    )
}

/// Common irregular past tenses ("Davenport paid tribute to Williams,
/// saying"), which the "-ed" test misses.
/// A lowercase word of the past tense ("backed", "said"): a clause's verb.
pub fn is_past_verb(t: &crate::tokens::Token<'_>) -> bool {
    t.is_word() && !t.is_capital() && (t.lower.ends_with("ed") || is_irregular_past(t.lower))
}

/// "spokesman", "spokeswoman", "spokesperson": a voice that speaks for
/// someone else, a body or a person.
pub fn is_voice_noun(word: &str) -> bool {
    matches!(word, "spokesman" | "spokeswoman" | "spokesperson")
}

pub fn is_irregular_past(word: &str) -> bool {
    matches!(
        word,
        "paid"
            | "won"
            | "lost"
            | "led"
            | "came"
            | "went"
            | "got"
            | "kept"
            | "left"
            | "held"
            | "brought"
            | "sent"
            | "spent"
            | "met"
            | "found"
            | "stood"
            | "broke"
            | "threw"
            | "wrote"
            | "spoke"
            | "ran"
            | "began"
            | "fell"
            | "drew"
            | "struck"
            | "sought"
            | "taught"
            | "hit"
            | "put"
            | "set"
    )
}

/// Nouns that name a work right before its title ("the drama Wasp").
pub fn is_work_noun(word: &str) -> bool {
    matches!(
        word,
        "film"
            | "movie"
            | "drama"
            | "album"
            | "single"
            | "song"
            | "novel"
            | "book"
            | "musical"
            | "sitcom"
            | "documentary"
            | "comedy"
            | "thriller"
            | "series"
            | "opera"
            | "ballad"
    )
}

/// What a player adds to a score: "added tries", "added a late penalty".
pub fn is_score_noun(word: &str) -> bool {
    matches!(
        word,
        "try"
            | "tries"
            | "goal"
            | "goals"
            | "point"
            | "points"
            | "penalty"
            | "penalties"
            | "conversion"
            | "conversions"
            | "run"
            | "runs"
            | "wicket"
            | "wickets"
            | "basket"
            | "baskets"
            | "touchdown"
            | "touchdowns"
            | "drop-goal"
            | "strike"
    )
}

/// What a website sells or brokers, before "website" or "site": "property
/// website Rightmove" is a business, not a news outlet.
pub fn is_trading_site_word(word: &str) -> bool {
    matches!(
        word,
        "property"
            | "shopping"
            | "auction"
            | "auctions"
            | "travel"
            | "dating"
            | "betting"
            | "gambling"
            | "jobs"
            | "recruitment"
            | "retail"
            | "comparison"
            | "price-comparison"
            | "booking"
            | "ticketing"
            | "e-commerce"
            | "bookselling"
            | "classified"
            | "classifieds"
    )
}

/// Small counts before a plural: "the two firms", "both companies".
pub fn is_number_word(word: &str) -> bool {
    matches!(
        word,
        "two" | "three" | "four" | "five" | "both" | "2" | "3" | "4" | "5"
    )
}

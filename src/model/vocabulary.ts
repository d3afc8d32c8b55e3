// The words people write in table headers, captions and headings, in the languages seen in vaults.
// One row per language: a new language is one more row. Each role lists words (matched as whole words,
// case aside, in any language's script); a header takes the role of the first word it holds, in the order
// of `ROLE_ORDER`.

export type Role =
	| "year"
	| "place"
	| "winner"
	| "runnerUp"
	| "third"
	| "error"
	| "accuracy"
	| "team"
	| "model"
	| "name"
	| "people"
	| "innovation"
	| "description"
	| "lineage"
	| "human";

/** Each role's words, separated by `|`. */
type Words = Partial<Record<Role, string>>;

const LANGUAGES: Record<string, Words> = {
	en: {
		year: "year|years|yr|edition|ilsvrc year",
		place: "place|rank|ranking|position|standing|placing|result",
		winner: "winner|winners|champion|champions|1st|first place|won",
		runnerUp: "runner-up|runner up|runners-up|runnerup|2nd|second place|second",
		third: "3rd|third place|third",
		error: "error|errors|err|err.",
		accuracy: "accuracy|acc|acc.",
		team: "team|teams|entrant|entry|group|lab|institution",
		model: "model|models|architecture|architectures|network|networks|net|backbone|cnn",
		name: "name|method|approach|system|submission",
		people: "person|people|author|authors|researcher|researchers|who|inventor|creator",
		innovation: "innovation|innovations|contribution|key idea|idea|improvement|what it changed|what changed|novelty|vs",
		description: "description|notes|note|summary|details|comment|comments|remarks",
		lineage: "lineage|evolution|family tree|genealogy|descendants|ancestry|successors",
		human: "human|humans|annotator|annotators|human expert|people",
	},
	zh: {
		year: "年份|年|年度|届|屆",
		place: "名次|排名|成绩|成績",
		winner: "冠军|冠軍|第一名|第1名",
		runnerUp: "亚军|亞軍|第二名|第2名",
		third: "季军|季軍|第三名|第3名",
		error: "错误率|錯誤率|误差|誤差|错误|錯誤",
		accuracy: "准确率|準確率|精度|正确率|正確率",
		team: "队伍|隊伍|团队|團隊|机构|機構",
		model: "模型|网络|網路|網絡|架构|架構",
		name: "名称|名稱|方法",
		people: "作者|人物",
		innovation: "创新|創新|贡献|貢獻|改进|改進|特点|特點",
		description: "描述|说明|說明|备注|備註",
		lineage: "演进|演進|进化|進化|发展|發展|谱系|譜系",
		human: "人类|人類",
	},
	ja: {
		year: "年|年度",
		place: "順位|成績",
		winner: "優勝|1位|優勝者",
		runnerUp: "準優勝|2位",
		third: "3位",
		error: "エラー率|誤り率|誤差|エラー",
		accuracy: "精度|正解率|正答率",
		team: "チーム",
		model: "モデル|アーキテクチャ|ネットワーク",
		name: "名前|手法",
		people: "著者|人物",
		innovation: "特徴|革新|貢献",
		description: "説明|備考",
		lineage: "系譜|変遷|進化",
		human: "人間",
	},
	ko: {
		year: "연도|년도|년",
		place: "순위|등수",
		winner: "우승|1위",
		runnerUp: "준우승|2위",
		third: "3위",
		error: "오류율|에러율|오류|에러",
		accuracy: "정확도",
		team: "팀",
		model: "모델|아키텍처|네트워크",
		name: "이름|방법",
		people: "저자|인물",
		innovation: "혁신|기여|특징",
		description: "설명|비고",
		lineage: "계보|발전|진화",
		human: "인간|사람",
	},
	de: {
		year: "jahr",
		place: "platz|rang|platzierung",
		winner: "sieger|gewinner",
		runnerUp: "zweiter|zweitplatzierter",
		third: "dritter",
		error: "fehler|fehlerrate|fehlerquote",
		accuracy: "genauigkeit",
		model: "modell|architektur|netz|netzwerk",
		people: "autor|autoren",
		innovation: "neuerung|beitrag|innovation",
		description: "beschreibung|anmerkung|bemerkung",
		lineage: "entwicklung|stammbaum|abstammung",
		human: "mensch|menschen",
	},
	fr: {
		year: "année|annee|an",
		place: "place|rang|classement",
		winner: "vainqueur|gagnant|gagnants|vainqueurs|champion",
		runnerUp: "deuxième|deuxieme|second",
		third: "troisième|troisieme",
		error: "erreur|taux d'erreur",
		accuracy: "précision|precision|exactitude",
		team: "équipe|equipe",
		model: "modèle|modele|architecture|réseau|reseau",
		name: "nom|méthode",
		people: "auteur|auteurs",
		innovation: "innovation|apport|contribution|nouveauté",
		description: "description|remarque|remarques",
		lineage: "évolution|evolution|lignée|lignee|généalogie",
		human: "humain|humains",
	},
	es: {
		year: "año|ano",
		place: "puesto|posición|lugar|clasificación",
		winner: "ganador|ganadores|campeón|campeon",
		runnerUp: "segundo|subcampeón|subcampeon",
		third: "tercero",
		error: "error|tasa de error",
		accuracy: "precisión|exactitud",
		team: "equipo",
		model: "modelo|arquitectura|red",
		name: "nombre|método",
		people: "autor|autores",
		innovation: "innovación|aporte|contribución",
		description: "descripción|notas",
		lineage: "evolución|linaje|genealogía",
		human: "humano|humanos",
	},
	pt: {
		year: "ano",
		place: "posição|colocação|lugar",
		winner: "vencedor|vencedores|campeão",
		runnerUp: "segundo|vice-campeão|vice",
		third: "terceiro",
		error: "erro|taxa de erro",
		accuracy: "acurácia|precisão|exatidão",
		team: "equipe|time",
		model: "modelo|arquitetura|rede",
		name: "nome|método",
		people: "autor|autores",
		innovation: "inovação|contribuição",
		description: "descrição|observações",
		lineage: "evolução|linhagem|genealogia",
		human: "humano|humanos",
	},
	ru: {
		year: "год",
		place: "место|позиция",
		winner: "победитель|победители|чемпион",
		runnerUp: "второе место|второй",
		third: "третье место|третий",
		error: "ошибка|ошибки|ошибок",
		accuracy: "точность",
		team: "команда",
		model: "модель|архитектура|сеть",
		name: "название|имя|метод",
		people: "автор|авторы",
		innovation: "инновация|вклад|новшество",
		description: "описание|примечание",
		lineage: "эволюция|развитие|родословная",
		human: "человек|человека|люди",
	},
	uz: {
		year: "yil|yili",
		place: "o'rin|oʻrin|o‘rin",
		winner: "g'olib|gʻolib|g‘olib",
		runnerUp: "ikkinchi",
		third: "uchinchi",
		error: "xato|xatolik",
		accuracy: "aniqlik",
		team: "jamoa",
		model: "model|arxitektura|arxitektura nomi|tarmoq",
		name: "nomi|nom",
		people: "muallif|mualliflar",
		innovation: "yangilik|hissa",
		description: "tavsif|izoh",
		lineage: "evolyutsiya|rivojlanish",
		human: "inson|odam",
	},
	vi: {
		year: "năm",
		place: "hạng|vị trí|thứ hạng",
		winner: "vô địch|người thắng|chiến thắng",
		runnerUp: "á quân|hạng nhì",
		third: "hạng ba",
		error: "lỗi|tỷ lệ lỗi|độ lỗi",
		accuracy: "độ chính xác",
		team: "đội|nhóm",
		model: "mô hình|kiến trúc|mạng",
		name: "tên|phương pháp",
		people: "tác giả",
		innovation: "đổi mới|đóng góp|cải tiến",
		description: "mô tả|ghi chú",
		lineage: "tiến hóa|phát triển",
		human: "con người",
	},
	tr: {
		year: "yıl",
		place: "sıra|derece",
		winner: "kazanan|birinci|şampiyon",
		runnerUp: "ikinci",
		third: "üçüncü",
		error: "hata|hata oranı",
		accuracy: "doğruluk",
		team: "takım",
		model: "model|mimari|ağ",
		people: "yazar|yazarlar",
		description: "açıklama",
		lineage: "evrim|gelişim",
		human: "insan",
	},
};

/** Where a word may match: CJK scripts write no spaces, so their words match anywhere in the text. */
function wordPattern(words: string[]): RegExp {
	const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s*");
	const cjk = words.filter((w) => /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(w)).map(escape);
	const spaced = words.filter((w) => !/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(w)).map(escape);
	const parts: string[] = [];
	// No lookbehind (iOS before 16.4 has none): the character before a word is matched, and skipped by `whereSays`.
	if (spaced.length > 0) parts.push(`(^|[^\\p{L}\\p{N}])(?:${spaced.join("|")})(?![\\p{L}\\p{N}])`);
	if (cjk.length > 0) parts.push(`(?:${cjk.join("|")})`);
	return new RegExp(parts.join("|"), "iu");
}

const WORDS = new Map<Role, string[]>();
for (const words of Object.values(LANGUAGES)) {
	for (const [role, list] of Object.entries(words) as [Role, string][]) WORDS.set(role, [...(WORDS.get(role) ?? []), ...list.split("|")]);
}
const PATTERNS = new Map<Role, RegExp>([...WORDS].map(([role, words]) => [role, wordPattern(words)]));
/** Each role's words as `isOnly` compares them, made once. */
const BARE_WORDS = new Map<Role, Set<string>>([...WORDS].map(([role, words]) => [role, new Set(words.map((w) => w.replace(/[.-]+/g, " ").trim()))]));

/** Whether `text` holds a word of `role` in any language. */
export function says(text: string, role: Role): boolean {
	return PATTERNS.get(role)?.test(text) ?? false;
}

/** Where the first word of `role` starts in `text`, or -1. */
export function whereSays(text: string, role: Role): number {
	const match = PATTERNS.get(role)?.exec(text);
	return match ? match.index + (match[1]?.length ?? 0) : -1;
}

/** Whether `text` is nothing but a word of `role` (punctuation, emphasis and brackets aside): a header `Place`, not `Place of birth`. */
export function isOnly(text: string, role: Role): boolean {
	const bare = text.replace(/[\s*_`.:：()（）[\]#-]+/gu, " ").trim().toLowerCase();
	return bare !== "" && (BARE_WORDS.get(role)?.has(bare) ?? false);
}

/** `top-1`, `top1`, `Top 1`, `top-1 錯誤率`; null when the text names neither metric. */
export function metricIn(text: string): "top-1" | "top-5" | null {
	if (/top[\s-]?1(?!\d)/i.test(text)) return "top-1";
	if (/top[\s-]?5(?!\d)/i.test(text)) return "top-5";
	return null;
}

/** Both metrics named in one header, top-1 first (`top1/top5`, `Top-1 / Top-5 error`): its cells are packed pairs. */
export function packedMetrics(text: string): ["top-1", "top-5"] | ["top-5", "top-1"] | null {
	const one = /top[\s-]?1(?!\d)/i.exec(text);
	const five = /top[\s-]?5(?!\d)/i.exec(text);
	if (!one || !five) return null;
	return one.index < five.index ? ["top-1", "top-5"] : ["top-5", "top-1"];
}

/** The place a text names: "winner", "runner-up", "3rd", or null. */
export function placeIn(text: string): "winner" | "runner-up" | "3rd" | null {
	if (says(text, "runnerUp")) return "runner-up";
	if (says(text, "third")) return "3rd";
	if (says(text, "winner")) return "winner";
	return null;
}

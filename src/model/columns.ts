// What each column of a table holds, read from its header: the year, the entrant or model, an
// error rate (top-5 or top-1), an innovation. Headers are matched in the languages seen in vaults.
import { plainText } from "./names";
import type { Table } from "../parse/types";

export interface ErrorColumn {
	index: number;
	metric: "top-5" | "top-1";
	/** The header names the unit (`top-5 錯誤率（%）`), so bare numbers are percents. */
	percentInHeader: boolean;
}

export interface TableColumns {
	year: number | null;
	name: number | null;
	/** The name column's header says these are the winners. */
	nameIsWinner: boolean;
	errors: ErrorColumn[];
	innovation: number | null;
	/** A column that says each row's place: `Winner`, `Runner-up`, `2nd`. */
	place: number | null;
	/** The header says the name column holds models (`Model`, `Architecture`, `模型`). */
	namesAreModels: boolean;
}

const YEAR_HEADER = /^(?:year|years|yr|年份?|yil|jahr|année|año|ano|edition|ilsvrc year)$/i;
const NAME_HEADER = /winner|team|model|entrant|entry|architecture|arxitektura|network|approach|method|name|模型|網路|网络|nomi|backbone|system/i;
const MODEL_HEADER = /model|architecture|arxitektura|network|模型|網路|网络|backbone/i;
const ERROR_HEADER = /error|err\b|錯誤|错误|top-?\s?[15]\b|top[15]|xato/i;
const ACCURACY_HEADER = /accuracy|acc\b|準確|准确/i;
const PLACE_HEADER = /^(?:series|place|rank|ranking|position|standing|result|名次|排名)$/i;
const INNOVATION_HEADER = /innovation|contribution|idea|key|notes?|description|tavsif|vs\b|improvement|what|創新|创新|贡献|貢獻/i;

export function classifyColumns(header: string[]): TableColumns {
	const names = header.map((h) => plainText(h).toLowerCase());
	const columns: TableColumns = { year: null, name: null, nameIsWinner: false, errors: [], innovation: null, place: null, namesAreModels: false };
	names.forEach((h, index) => {
		if (h === "") return;
		if (columns.year === null && YEAR_HEADER.test(h)) {
			columns.year = index;
		} else if (columns.place === null && PLACE_HEADER.test(h)) {
			columns.place = index;
		} else if (ERROR_HEADER.test(h) && !ACCURACY_HEADER.test(h) && !/margin|drop|gap/i.test(h)) {
			const metric = /top-?\s?1\b|top1\b/i.test(h) ? "top-1" : "top-5";
			columns.errors.push({ index, metric, percentInHeader: /%|％|percent/.test(h) });
		} else if (columns.name === null && NAME_HEADER.test(h)) {
			columns.name = index;
			columns.nameIsWinner = /winner|champion|冠軍|冠军/i.test(h);
			columns.namesAreModels = MODEL_HEADER.test(h);
		} else if (columns.innovation === null && INNOVATION_HEADER.test(h)) {
			columns.innovation = index;
		}
	});
	return columns;
}

/**
 * Some pasted tables have an empty header and their real column names in the first body row
 * (a spreadsheet export). Such a table is read as if that row were the header.
 */
export function withRealHeader(table: Table): Table {
	const emptyHeader = table.header.filter((h) => h.trim() === "").length >= Math.ceil(table.header.length / 2);
	if (!emptyHeader || table.rows.length === 0) return table;
	const first = table.rows[0].cells;
	const wordy = first.filter((c) => /\p{L}/u.test(c) && !/^\s*[\d.,%~]+\s*$/.test(c)).length;
	if (wordy < Math.ceil(first.length / 3)) return table;
	const header = first.map((cell, k) => (cell.trim() !== "" ? cell : table.header[k]));
	return { ...table, header, rows: table.rows.slice(1) };
}

// XLIFF 1.2 (docs/adr/0007: the version every common CAT tool reads): one file per target language,
// written here and read back with saxes, a strict XML parser that expands no entity but XML's five.
// A document type declaration is refused outright: translators' tools never write one, and it is
// where entity tricks (external entities, billion laughs) live.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { escapeXmlAttribute as escapeAttribute, escapeXmlText } from '../files/xml.js';
import type { FileUnit, TextUnit, TranslationFile, TranslationProblem } from './units.js';

const namespace12 = 'urn:oasis:names:tc:xliff:document:1.2';

/** Carriage returns would become line feeds when read back: kept as references. */
const content = (text: string) => escapeXmlText(text).replace(/\r/g, '&#13;');

/**
 * The XLIFF 1.2 text of `units` from `source` into `target`: each unit's source, its target when it
 * already has one (`needs-review-translation` when its unit is in `outdated`), and a note saying what
 * the text is. `original` names the thing translated.
 */
export function writeXliff(
	units: readonly TextUnit[],
	languages: { source: string; target: string },
	original: string,
	outdated: ReadonlySet<string> = new Set()
): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<xliff version="1.2" xmlns="${namespace12}">`,
		`  <file original="${escapeAttribute(original)}" source-language="${escapeAttribute(languages.source)}" target-language="${escapeAttribute(languages.target)}" datatype="plaintext">`,
		'    <body>'
	];
	for (const unit of units) {
		const source = unit.text[languages.source as keyof TextUnit['text']];
		if (!source) continue;
		const target = unit.text[languages.target as keyof TextUnit['text']];
		lines.push(`      <trans-unit id="${escapeAttribute(unit.id)}" xml:space="preserve">`);
		lines.push(`        <source>${content(source)}</source>`);
		const state = outdated.has(unit.id) ? 'needs-review-translation' : 'translated';
		if (target) lines.push(`        <target state="${state}">${content(target)}</target>`);
		lines.push(`        <note>${content(unit.note)}</note>`);
		lines.push('      </trans-unit>');
	}
	lines.push('    </body>', '  </file>', '</xliff>', '');
	return lines.join('\n');
}

/**
 * Reads an XLIFF 1.2 file. Inline markup is refused: MHub's texts are plain, so an element inside a
 * source or target (other than a segment marker, `mrk`, whose text is kept) cannot be placed.
 */
export function readXliff(text: string): { file?: TranslationFile; problems: TranslationProblem[] } {
	const problems: TranslationProblem[] = [];
	const units: FileUnit[] = [];
	let fileAttributes: Record<string, string> | undefined;
	let files = 0;
	const stack: string[] = [];
	let unit: FileUnit | undefined;
	/** The source or target being read, and how deep inside it the parser is. */
	let reading: { part: 'source' | 'target'; text: string; depth: number } | undefined;

	const parser = new SaxesParser({ xmlns: true });
	parser.on('doctype', () => {
		throw new Refusal({ code: 'doctype' });
	});
	parser.on('opentag', (tag: SaxesTagNS) => {
		const name = tag.local;
		if (stack.length === 0) {
			if (name !== 'xliff') throw new Refusal({ code: 'not_xliff', value: tag.name });
			const version = tag.attributes.version?.value;
			if (version !== '1.2' && tag.uri !== namespace12)
				throw new Refusal({ code: 'xliff_version', value: version ?? tag.uri });
		}
		stack.push(name);
		if (reading) {
			reading.depth++;
			if (name !== 'mrk' && !problems.some((p) => p.unit === unit?.id && p.code === 'markup'))
				problems.push({ unit: unit?.id, code: 'markup', value: `<${tag.name}>` });
			return;
		}
		const parent = stack.at(-2);
		if (name === 'file' && parent === 'xliff') {
			files++;
			fileAttributes ??= Object.fromEntries(Object.entries(tag.attributes).map(([key, a]) => [key, a.value]));
		} else if (name === 'trans-unit' && files === 1) {
			unit = { id: tag.attributes.id?.value ?? '', source: '' };
		} else if ((name === 'source' || name === 'target') && parent === 'trans-unit' && unit) {
			reading = { part: name, text: '', depth: 0 };
			if (name === 'target' && tag.attributes.state) unit.state = tag.attributes.state.value;
		}
	});
	const addText = (text: string) => {
		if (reading) reading.text += text;
	};
	parser.on('text', addText);
	parser.on('cdata', addText);
	parser.on('closetag', (tag: SaxesTagNS) => {
		stack.pop();
		if (reading) {
			if (reading.depth > 0) {
				reading.depth--;
				return;
			}
			if (unit) unit[reading.part] = reading.text;
			reading = undefined;
		} else if (tag.local === 'trans-unit' && unit) {
			units.push(unit);
			unit = undefined;
		}
	});

	try {
		parser.write(text).close();
	} catch (error) {
		if (error instanceof Refusal) return { problems: [error.problem] };
		return { problems: [{ code: 'not_xml', value: (error as Error).message.slice(0, 200) }] };
	}
	if (!fileAttributes) return { problems: [{ code: 'not_xliff' }] };
	if (files > 1) problems.push({ code: 'several_files', value: String(files) });
	return {
		file: {
			original: fileAttributes.original ?? '',
			sourceLanguage: fileAttributes['source-language'] ?? '',
			targetLanguage: fileAttributes['target-language'] ?? '',
			units
		},
		problems
	};
}

class Refusal extends Error {
	constructor(readonly problem: TranslationProblem) {
		super(problem.code);
	}
}

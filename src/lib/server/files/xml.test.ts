import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, isXmlName } from './xml.js';

/** Whether saxes (XML 1.0 fifth edition, namespaces on) reads `name` as an unprefixed attribute name. */
function saxesReadsName(name: string): boolean {
	try {
		new SaxesParser({ xmlns: true }).write(`<a ${name}="1"/>`).close();
		return !name.includes(':');
	} catch {
		return false;
	}
}

describe('XML names and attribute values', () => {
	it('takes a name exactly when an XML parser does (property)', () => {
		// No space, '=' or quote: they would end the name in the parser's input instead of spoiling it
		const characters = fc.constantFrom(
			'a',
			'Z',
			'_',
			'-',
			'.',
			'0',
			'9',
			':',
			'é',
			'·',
			'\u0301',
			'中',
			'‿',
			'𐀀',
			'\u00D7'
		);
		fc.assert(
			fc.property(fc.string({ unit: characters, minLength: 1, maxLength: 6 }), (name) => {
				expect(isXmlName(name)).toBe(saxesReadsName(name));
			}),
			{ numRuns: 2000 }
		);
		expect(['PROFESSION', 'cat_1', 'é-1.x'].every(isXmlName)).toBe(true);
		expect(['1PROF', 'a b', 'p:x', '', '-a'].some(isXmlName)).toBe(false);
	});

	it('reads back any attribute value as written', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('a', '"', "'", '&', '<', '>', '\n', '\r', '\t', ' ', 'é') }),
				(text) => {
					let read: string | undefined;
					const parser = new SaxesParser();
					parser.on('opentag', (tag) => (read = tag.attributes.v as string));
					parser.write(`<a v="${escapeXmlAttribute(text)}"/>`).close();
					expect(read).toBe(text);
				}
			)
		);
	});
});

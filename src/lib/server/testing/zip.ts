// Small ZIP archives for tests: office files are ZIP archives whose parts tell what they are.
import { crc32, deflateRawSync } from 'node:zlib';

/** A ZIP archive holding `entries` (name → text), stored uncompressed or deflated, in the given order. */
export function zipOf(entries: Record<string, string>, { deflate = false } = {}): Uint8Array {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const [name, value] of Object.entries(entries)) {
		const nameBytes = Buffer.from(name, 'utf8');
		const content = Buffer.from(value, 'utf8');
		const data = deflate ? deflateRawSync(content) : content;
		const method = deflate ? 8 : 0;
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(method, 8);
		local.writeUInt32LE(crc32(content), 14);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(content.length, 22);
		local.writeUInt16LE(nameBytes.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(method, 10);
		central.writeUInt32LE(crc32(content), 16);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(content.length, 24);
		central.writeUInt16LE(nameBytes.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, nameBytes, data);
		centrals.push(central, nameBytes);
		offset += local.length + nameBytes.length + data.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(Object.keys(entries).length, 8);
	end.writeUInt16LE(Object.keys(entries).length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const escapeXml = (text: string) =>
	text.replace(/[<>&"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[char]!);

/** Column number → letters: 1 → A, 16,384 → XFD. */
export const columnLetters = (column: number): string =>
	column <= 0
		? ''
		: columnLetters(Math.floor((column - 1) / 26)) + String.fromCharCode(65 + ((column - 1) % 26));

/** A sheet's XML from rows of cells (row n at index n - 1; a cell's text inline), or XML of its own. */
export function sheetXml(rows: readonly (readonly string[])[], dimension?: string): string {
	const body = rows
		.map((cells, r) => {
			const filled = cells.flatMap((text, c) =>
				text === ''
					? []
					: [`<c r="${columnLetters(c + 1)}${r + 1}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`]
			);
			return filled.length > 0 ? `<row r="${r + 1}">${filled.join('')}</row>` : '';
		})
		.join('');
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
		(dimension ? `<dimension ref="${dimension}"/>` : '') +
		`<sheetData>${body}</sheetData></worksheet>`
	);
}

/**
 * A minimal XLSX workbook: each sheet given as rows of cells or as its XML. Deflated, as spreadsheet
 * programs write them, unless `deflate` is false.
 */
export function workbookOf(
	sheets: Record<string, readonly (readonly string[])[] | string>,
	{ deflate = true } = {}
): Uint8Array {
	const names = Object.keys(sheets);
	const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
	const entries: Record<string, string> = {
		'[Content_Types].xml':
			'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
			'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
			'<Default Extension="xml" ContentType="application/xml"/></Types>',
		'_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		'xl/workbook.xml':
			`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets>` +
			names
				.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
				.join('') +
			'</sheets></workbook>',
		'xl/_rels/workbook.xml.rels':
			'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
			names
				.map(
					(_, i) =>
						`<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
				)
				.join('') +
			'</Relationships>'
	};
	names.forEach((name, i) => {
		const sheet = sheets[name];
		entries[`xl/worksheets/sheet${i + 1}.xml`] = typeof sheet === 'string' ? sheet : sheetXml(sheet);
	});
	return zipOf(entries, { deflate });
}

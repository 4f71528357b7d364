// Writing XML by hand safely: escaping, and the names an element or attribute may have.

/** Text content: the three characters XML gives a meaning to. */
export const escapeXmlText = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An attribute value in double quotes; whitespace other than spaces kept as references (a parser would turn it into spaces). */
export const escapeXmlAttribute = (text: string) =>
	escapeXmlText(text)
		.replace(/"/g, '&quot;')
		.replace(/\r/g, '&#13;')
		.replace(/\n/g, '&#10;')
		.replace(/\t/g, '&#9;');

const nameStart =
	'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
/** NameChar: a name's start characters, digits, '-', '.', '·', '‿', '⁀' and the combining marks U+0300–036F. */
const nameRest = `[${nameStart}\\-.0-9\\u00B7\\u203F-\\u2040]|[\\u0300-\\u036F]`;
const ncName = new RegExp(`^[${nameStart}](?:${nameRest})*$`, 'u');

/** A name without a colon (XML Namespaces' NCName, XML 1.0 fifth edition characters): an unprefixed element or attribute name. */
export const isXmlName = (name: string) => ncName.test(name);

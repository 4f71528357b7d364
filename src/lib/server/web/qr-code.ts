// A QR code as an SVG path drawn by the page itself: the page inlines it (no image request, nothing
// the Content Security Policy must allow, no script), and `qrcode` never reaches the browser.
import QRCode from 'qrcode';

/** The quiet zone around the code, in modules (the standard asks for four). */
const quietZone = 4;

/** A QR code of `text`: the side of its square (modules, quiet zone included) and its dark modules as one path. */
export function qrCodeDrawing(text: string): { side: number; path: string } {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const runs: string[] = [];
	for (let row = 0; row < modules.size; row++)
		for (let column = 0; column < modules.size;) {
			if (!modules.get(row, column)) {
				column++;
				continue;
			}
			const start = column;
			while (column < modules.size && modules.get(row, column)) column++;
			runs.push(`M${start + quietZone} ${row + quietZone}h${column - start}v1h-${column - start}z`);
		}
	return { side: modules.size + 2 * quietZone, path: runs.join('') };
}

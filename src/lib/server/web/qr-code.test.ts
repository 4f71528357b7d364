import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrCodeDrawing } from './qr-code.js';

/** The dark squares a path of horizontal runs covers, as "column,row". */
function darkSquares(path: string): Set<string> {
	const squares = new Set<string>();
	for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g))
		for (let dx = 0; dx < Number(width); dx++) squares.add(`${Number(x) + dx},${y}`);
	return squares;
}

describe('a QR code drawn as a path', () => {
	it('covers exactly the dark modules of the code, inside a quiet zone of four', () => {
		const text = 'https://mhub.example.org/t/0123456789abcdefghijklmnopqrstuv';
		const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
		const drawing = qrCodeDrawing(text);
		expect(drawing.side).toBe(modules.size + 8);
		const expected = new Set<string>();
		for (let row = 0; row < modules.size; row++)
			for (let column = 0; column < modules.size; column++)
				if (modules.get(row, column)) expected.add(`${column + 4},${row + 4}`);
		expect(darkSquares(drawing.path)).toEqual(expected);
		expect(drawing.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
	});
});

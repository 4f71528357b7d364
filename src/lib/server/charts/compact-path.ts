// A d3-geo path context that writes the shortest SVG path data a map needs: whole pixels (a map
// 800 px wide needs no finer), each ring's first point absolute and the rest relative, with no
// repeated command letters and no zero-length segments. About half the bytes of d3's own output.
import type { GeoContext } from 'd3-geo';

/** Collects rings as d3-geo projects them; `take()` returns the path data and starts afresh. */
export class CompactPath implements GeoContext {
	private data = '';
	private x = 0;
	private y = 0;
	private inLine = false;

	moveTo(x: number, y: number): void {
		this.x = Math.round(x);
		this.y = Math.round(y);
		this.data += `M${this.x},${this.y}`;
		this.inLine = false;
	}

	lineTo(x: number, y: number): void {
		const [nextX, nextY] = [Math.round(x), Math.round(y)];
		const [dx, dy] = [nextX - this.x, nextY - this.y];
		if (dx === 0 && dy === 0) return;
		// After the first pair, a pair starts with a space unless its minus sign separates it.
		this.data += (this.inLine ? (dx < 0 ? '' : ' ') : 'l') + `${dx},${dy}`;
		[this.x, this.y, this.inLine] = [nextX, nextY, true];
	}

	closePath(): void {
		this.data += 'z';
		this.inLine = false;
	}

	/** d3 opens a path for each point; points are drawn by the map itself (micro-states as circles). */
	beginPath(): void {}

	arc(): void {}

	take(): string {
		const data = this.data;
		this.data = '';
		return data;
	}
}

import { SaxesParser } from 'saxes';

/** An element of parsed SVG: its name, attributes, children and own text. */
export type SvgNode = { name: string; attributes: Record<string, string>; children: SvgNode[]; text: string };

/** SVG markup parsed by a strict XML parser (so a test fails on anything not well formed). */
export function parseSvg(markup: string): SvgNode {
	const parser = new SaxesParser();
	const root: SvgNode = { name: '#document', attributes: {}, children: [], text: '' };
	const stack = [root];
	parser.on('opentag', (tag) => {
		const node: SvgNode = {
			name: tag.name,
			attributes: tag.attributes as Record<string, string>,
			children: [],
			text: ''
		};
		stack[stack.length - 1].children.push(node);
		stack.push(node);
	});
	parser.on('closetag', () => void stack.pop());
	parser.on('text', (text) => void (stack[stack.length - 1].text += text));
	parser.write(markup).close();
	const [svg] = root.children;
	if (root.children.length !== 1 || svg.name !== 'svg') throw new Error('not one <svg> element');
	return svg;
}

/** Every element below `node` (itself included) named `name`. */
export function allNamed(node: SvgNode, name: string): SvgNode[] {
	return [...(node.name === name ? [node] : []), ...node.children.flatMap((child) => allNamed(child, name))];
}

/** The text of the <title> child of `node`, if any. */
export function titleOf(node: SvgNode): string | undefined {
	return node.children.find((child) => child.name === 'title')?.text;
}

/** The x and y extent of the points of a map's path `d` (M absolute, l relative pairs, z: charts/compact-path.ts). */
export function pathExtent(d: string): { x: [number, number]; y: [number, number] } {
	const xs: number[] = [];
	const ys: number[] = [];
	let [x, y] = [0, 0];
	for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
		for (const [, a, b] of args.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)) {
			[x, y] = command === 'M' ? [Number(a), Number(b)] : [x + Number(a), y + Number(b)];
			xs.push(x);
			ys.push(y);
		}
	}
	return { x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] };
}

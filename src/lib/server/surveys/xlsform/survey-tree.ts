// The survey sheet's rows as a tree of groups and repeats (`begin group` … `end group`).
import type { XlsFormProblem } from './problems.js';
import { cell, type Sheet, type SheetRow } from './sheet.js';

export type Node =
	| { kind: 'row'; row: SheetRow }
	| { kind: 'group'; row: SheetRow; children: Node[] }
	| { kind: 'repeat'; row: SheetRow };

export const typeKeyword = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

export function buildTree(survey: Sheet, errors: XlsFormProblem[]): Node[] {
	const root: Node[] = [];
	const open: Array<{ node: Extract<Node, { kind: 'group' | 'repeat' }>; children: Node[] }> = [];
	const current = () => (open.length > 0 ? open[open.length - 1].children : root);
	for (const row of survey.rows) {
		const type = typeKeyword(cell(survey, row, 'type'));
		const name = cell(survey, row, 'name');
		if (!type) {
			if (name || row.cells.some((text) => text))
				errors.push({
					sheet: survey.name,
					row: row.number,
					column: 'type',
					code: 'missing_type',
					value: name || undefined
				});
			continue;
		}
		const begin = /^begin[ _](group|repeat)$/.exec(type)?.[1];
		const end = /^end[ _](group|repeat)$/.exec(type)?.[1];
		if (begin) {
			const children: Node[] = [];
			const node =
				begin === 'group' ? ({ kind: 'group', row, children } as const) : ({ kind: 'repeat', row } as const);
			current().push(node);
			open.push({ node, children });
		} else if (end) {
			const top = open[open.length - 1];
			if (!top || top.node.kind !== end)
				errors.push({
					sheet: survey.name,
					row: row.number,
					column: 'type',
					code: 'unbalanced_group',
					value: type
				});
			else open.pop();
		} else current().push({ kind: 'row', row });
	}
	for (const { node } of open)
		errors.push({
			sheet: survey.name,
			row: node.row.number,
			column: 'type',
			code: 'unbalanced_group',
			value: typeKeyword(cell(survey, node.row, 'type'))
		});
	return root;
}

import { drawGrid, missingMark, rowLabel, valueScale, type RowChartOptions } from './row-chart.js';
import { escapeXml, ink, mirror, px, svgOpen } from './svg.js';

/** One group's means before and after (and at follow-up); `suppressed` (n < 5) shows "—" only. */
export type PrePostGroup = {
	label: string;
	pre: number | null;
	post: number | null;
	followUp?: number | null;
	suppressed?: boolean;
};

export type PrePostChartOptions = RowChartOptions & {
	/** The key's words for each mark, in the reader's language. */
	labels: { pre: string; post: string; followUp?: string };
};

const rowHeight = 26;
const keyHeight = 24;
const followUpColour = '#e66101'; // ColorBrewer PuOr's orange: apart from the blue for any colour vision

/** A dot of each kind: pre hollow, post filled, follow-up a diamond. */
const marks = {
	pre: (cx: number, cy: number) =>
		`<circle cx="${px(cx)}" cy="${px(cy)}" r="5" fill="#ffffff" stroke="${ink.accent}" stroke-width="2"/>`,
	post: (cx: number, cy: number) => `<circle cx="${px(cx)}" cy="${px(cy)}" r="5.5" fill="${ink.accent}"/>`,
	followUp: (cx: number, cy: number) =>
		`<path d="M${px(cx)},${px(cy - 6)}L${px(cx + 6)},${px(cy)}L${px(cx)},${px(cy + 6)}L${px(cx - 6)},${px(cy)}Z" fill="${followUpColour}"/>`
};

const isFigure = (value: number | null | undefined): value is number =>
	typeof value === 'number' && Number.isFinite(value);

/**
 * A pre → post "dumbbell" chart as an SVG string: per group a line from the pre-test mean (hollow
 * dot) to the post-test mean (filled dot), and the follow-up mean (an orange diamond) when there is one; a key above names the marks. One labelled image, the caller's table beside it
 * holds the figures. Mirrored for a right-to-left reader.
 */
export function renderPrePostChart(groups: readonly PrePostGroup[], options: PrePostChartOptions): string {
	const width = options.width ?? 640;
	const labelWidth = options.labelWidth ?? 190;
	const dir = options.dir ?? 'ltr';
	const x = mirror(dir, width);
	const shown = groups.filter((group) => !group.suppressed);
	const scale = valueScale(
		shown.flatMap((group) => [group.pre, group.post, group.followUp].filter(isFigure)),
		[labelWidth, width - 24],
		options.domain
	);
	const withFollowUp = shown.some((group) => isFigure(group.followUp));

	let key = '';
	let keyX = 8;
	const keyEntries = [
		['pre', options.labels.pre],
		['post', options.labels.post],
		...(withFollowUp && options.labels.followUp ? [['followUp', options.labels.followUp] as const] : [])
	] as const;
	for (const [mark, text] of keyEntries) {
		key += marks[mark](x(keyX + 6), 12);
		key += `<text x="${px(x(keyX + 16))}" y="${px(16.5)}" text-anchor="start" fill="${ink.text}">${escapeXml(text)}</text>`;
		keyX += (width - 16) / 3;
	}

	const top = keyHeight + 4;
	const bottom = top + groups.length * rowHeight;
	let body = drawGrid(scale, { top, bottom, format: options.format, x });
	groups.forEach((group, i) => {
		const middle = top + i * rowHeight + rowHeight / 2;
		body += rowLabel(group.label, x(labelWidth - 8), middle + 4.5);
		const { pre, post, followUp } = group;
		if (group.suppressed || (!isFigure(pre) && !isFigure(post))) {
			body += missingMark(options, x(labelWidth + 4), middle + 4.5);
			return;
		}
		const at = (value: number) => px(x(scale(value)));
		if (isFigure(pre) && isFigure(post))
			body += `<line x1="${at(pre)}" x2="${at(post)}" y1="${px(middle)}" y2="${px(middle)}" stroke="${ink.accent}" stroke-width="2"/>`;
		if (isFigure(pre)) body += marks.pre(x(scale(pre)), middle);
		if (isFigure(post)) body += marks.post(x(scale(post)), middle);
		if (isFigure(followUp)) body += marks.followUp(x(scale(followUp)), middle);
	});
	const height = bottom + 22;
	return (
		svgOpen({ id: options.id, width, height, title: options.title, description: options.description, dir }) +
		key +
		body +
		'</svg>'
	);
}

// A statement's trace in words, in a given language (the reader's, or a PDF's): one line per closed
// round and one for the expert meeting, e.g. "Round 1: n 12, median 8, IQR 1, 83 % rated 7–9 —
// consensus in". Shared by the pages and the PDF, so both say the same.
import * as m from '../paraglide/messages.js';
import { scales, type ScaleKind } from '../delphi/rule.js';
import { formatDate } from '../i18n/dates.js';
import type { InterfaceLocale } from '../i18n/content-languages.js';
import type { Outcome, StatementTrace } from './content.js';

type Options = { locale: InterfaceLocale };

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Medians and IQRs may be halves or quarters; shares are whole percents. */
function formatNumber(value: number, locale: InterfaceLocale, fractionDigits: number): string {
	const key = `${locale} ${fractionDigits}`;
	let format = numberFormats.get(key);
	if (!format)
		numberFormats.set(
			key,
			(format = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }))
		);
	return format.format(value);
}

const roundOutcome: Record<Outcome, (inputs: object, options: Options) => string> = {
	in: m.frameworks_outcome_round_in,
	out: m.frameworks_outcome_round_out,
	none: m.frameworks_outcome_round_none
};

const meetingOutcome: Record<Outcome, (inputs: object, options: Options) => string> = {
	in: m.frameworks_outcome_meeting_in,
	out: m.frameworks_outcome_meeting_out,
	none: m.frameworks_outcome_meeting_none
};

/** The scale's top band as points ("7–9"), or null when the study's scale is unknown. */
export function topBand(scale: ScaleKind | null): string | null {
	if (!scale) return null;
	const [low, high] = scales[scale].bands.high;
	return `${low}–${high}`;
}

/** "Round 1: n 12, median 8, IQR 1, 83 % rated 7–9 — consensus in"; a dash where nobody rated. */
export function roundLine(
	round: StatementTrace['rounds'][number],
	scale: ScaleKind | null,
	locale: InterfaceLocale
): string {
	const options = { locale };
	const percent = formatNumber(round.percentHigh, locale, 0);
	const band = topBand(scale);
	return m.frameworks_trace_round(
		{
			number: round.number,
			n: formatNumber(round.nRated, locale, 0),
			median: round.median === null ? '–' : formatNumber(round.median, locale, 2),
			iqr: round.iqr === null ? '–' : formatNumber(round.iqr, locale, 2),
			share: band
				? m.frameworks_trace_share_band({ percent, band }, options)
				: m.frameworks_trace_share_top({ percent }, options),
			outcome: roundOutcome[round.outcome]({}, options)
		},
		options
	);
}

/** "Expert meeting, 31 January 2018: 14 for, 2 against, 1 abstaining — in". */
export function meetingLine(
	meeting: NonNullable<StatementTrace['meeting']>,
	locale: InterfaceLocale
): string {
	const options = { locale };
	return m.frameworks_trace_meeting(
		{
			date: formatDate(meeting.heldOn, locale),
			votesFor: formatNumber(meeting.votesFor, locale, 0),
			votesAgainst: formatNumber(meeting.votesAgainst, locale, 0),
			abstentions: formatNumber(meeting.abstentions, locale, 0),
			outcome: meetingOutcome[meeting.outcome]({}, options)
		},
		options
	);
}

/** Every line of a trace: its rounds in order, then the meeting when there was one. */
export function traceLines(
	trace: StatementTrace,
	scale: ScaleKind | null,
	locale: InterfaceLocale
): string[] {
	return [
		...trace.rounds.map((round) => roundLine(round, scale, locale)),
		...(trace.meeting ? [meetingLine(trace.meeting, locale)] : [])
	];
}

/** How an accepted statement was accepted: "Accepted in round 2", or at the meeting on its date. */
export function acceptedWhere(trace: StatementTrace, locale: InterfaceLocale): string {
	const decided = trace.rounds.find((round) => round.outcome !== 'none');
	if (decided?.outcome === 'in')
		return m.frameworks_accepted_in_round({ number: decided.number }, { locale });
	return trace.meeting
		? m.frameworks_accepted_at_meeting({ date: formatDate(trace.meeting.heldOn, locale) }, { locale })
		: '';
}

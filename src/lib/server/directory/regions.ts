// Which region each ISO 3166-1 country belongs to, for the directory's region filter and reports.
// Programme eligibility follows the EU's circles (members, EEA/EFTA, candidates); the rest is
// grouped by continent, following the UN M49 geoscheme for islands and territories.
import type { Region } from '../../directory/values.js';

const members: Record<Region, string> = {
	eu: 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK',
	eea_efta: 'CH IS LI NO',
	candidate: 'AL BA GE MD ME MK RS TR UA',
	other_europe: 'AD AM AX AZ BY FO GB GG GI IM JE MC RU SJ SM VA XK',
	// Sudan is counted with the Middle East and North Africa, as in IOM's regional structure (and in
	// the programmes MHub serves, which group it with Egypt, Libya and Yemen).
	mena: 'AE BH DZ EG EH IL IQ IR JO KW LB LY MA OM PS QA SA SD SY TN YE',
	sub_saharan_africa:
		'AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MR MU MW MZ NA NE ' +
		'NG RE RW SC SH SL SN SO SS ST SZ TD TF TG TZ UG YT ZA ZM ZW',
	americas:
		'AG AI AR AW BB BL BM BO BQ BR BS BV BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GS GT GY HN HT ' +
		'JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI',
	// Antarctica belongs to no region; it is filed here only because every country needs one.
	asia_pacific:
		'AF AQ AS AU BD BN BT CC CK CN CX FJ FM GU HK HM ID IN IO JP KG KH KI KP KR KZ LA LK MH MM MN MO ' +
		'MP MV MY NC NF NP NR NU NZ PF PG PH PK PN PW SB SG TH TJ TK TL TM TO TV TW UM UZ VN VU WF WS'
};

export const regionByCountry: ReadonlyMap<string, Region> = new Map(
	Object.entries(members).flatMap(([region, codes]) =>
		codes.split(' ').map((code) => [code, region as Region] as const)
	)
);

/** The region of a country; undefined for a code the mapping does not know. */
export const regionOf = (code: string): Region | undefined => regionByCountry.get(code);

// Demo programmes: the three real migrant-health programmes the demo directory's organisations ran.
// Facts (public): MIG-H Training (EU Health Programme, Dec 2017 – Feb 2019; coordinator GIZ,
// technical lead IOM Regional Office Brussels, partners ASPHER and LSHTM, funder DG SANTE; ten pilot
// countries); its rollout to first-line professionals (Dec 2018 – Apr 2019; 69 trainings in 21
// countries, about 29 participants each); IOM Morocco's "Fostering the health and protection of
// vulnerable migrants" (since 2015; Morocco, Tunisia, Libya, Egypt, Sudan, Yemen; SDG 17). Targets
// are plausible figures, not published ones. Events (expert meeting, ToT, pilots, winter school) are
// demo events of the events domain; the activities here are the milestones that are not events.
import type { Localized } from '../../i18n/localized.js';
import type { DbOrTx } from '../db/client.js';
import {
	programme,
	programmeActivity,
	programmeCountry,
	programmePartner,
	programmePeopleTarget
} from '../db/schema/programmes.js';
import { findDemoOrganisations, type OrganisationKey } from './directory.js';

type Activity = (typeof programmeActivity.$inferInsert)['kind'];
type Profession = (typeof programmePeopleTarget.$inferInsert)['profession'];

type DemoProgramme = {
	acronym: string;
	name: Localized;
	objectives: Localized;
	funder?: OrganisationKey;
	coordinator: OrganisationKey;
	technicalLead?: OrganisationKey;
	partners: { organisation: OrganisationKey; role: Localized }[];
	startsOn: string;
	endsOn: string;
	sdgs: number[];
	contact: { name: string; email: string };
	countries: {
		code: string;
		participation: 'pilot' | 'rollout';
		trainings: number;
		people: Partial<Record<Profession, number>>;
	}[];
	activities: { kind: Activity; title: Localized; startsOn: string; endsOn: string }[];
};

const pilotPeople = { physician: 6, nurse: 6, social_worker: 3, law_enforcement_officer: 10 } as const;
const rolloutPeople = { physician: 25, nurse: 30, social_worker: 20, law_enforcement_officer: 40 } as const;

export const demoProgrammes: DemoProgramme[] = [
	{
		acronym: 'MIG-H',
		name: {
			en: 'MIG-H Training: migrant health training for health professionals and law enforcement officers',
			fr: 'MIG-H Training : formation en santé des migrants pour les professionnels de santé et les forces de l’ordre',
			ar: 'تدريب MIG-H: التدريب على صحة المهاجرين للمهنيين الصحيين وموظفي إنفاذ القانون'
		},
		objectives: {
			en: 'Map existing training and expertise, agree by expert consensus on what a training package must contain, build one on communicable diseases and mental health, train trainers from ten countries and pilot the package in each of them.',
			fr: 'Recenser les formations et l’expertise existantes, s’accorder par consensus d’experts sur le contenu d’un module de formation, en construire un sur les maladies transmissibles et la santé mentale, former des formateurs de dix pays et piloter le module dans chacun d’eux.'
		},
		funder: 'dgSante',
		coordinator: 'giz',
		technicalLead: 'iomBrussels',
		partners: [
			{
				organisation: 'aspher',
				role: {
					en: 'Curriculum review and dissemination through schools of public health',
					fr: 'Revue du programme et diffusion par les écoles de santé publique'
				}
			},
			{ organisation: 'lshtm', role: { en: 'Evaluation', fr: 'Évaluation' } }
		],
		startsOn: '2017-12-01',
		endsOn: '2019-02-28',
		sdgs: [3, 10, 17],
		contact: { name: 'Programme team', email: 'mig-h@example.org' },
		countries: ['BG', 'HR', 'FR', 'GR', 'IT', 'MT', 'NO', 'RS', 'SI', 'ES'].map((code) => ({
			code,
			participation: 'pilot' as const,
			trainings: 1,
			people: pilotPeople
		})),
		activities: [
			{
				kind: 'survey',
				title: {
					en: 'Online survey of existing training packages and experts',
					fr: 'Enquête en ligne sur les formations et les experts existants'
				},
				startsOn: '2017-12-11',
				endsOn: '2018-01-15'
			},
			{
				kind: 'delphi_study',
				title: {
					en: 'Delphi study on the components of a training package',
					fr: 'Étude Delphi sur les composantes d’un module de formation'
				},
				startsOn: '2018-01-08',
				endsOn: '2018-01-26'
			},
			{
				kind: 'evaluation',
				title: { en: 'Evaluation of the pilot trainings', fr: 'Évaluation des formations pilotes' },
				startsOn: '2018-06-01',
				endsOn: '2018-10-31'
			},
			{
				kind: 'dissemination',
				title: { en: 'Dissemination workshop, Ljubljana', fr: 'Atelier de diffusion, Ljubljana' },
				startsOn: '2018-11-28',
				endsOn: '2018-11-28'
			}
		]
	},
	{
		acronym: 'MIG-H Rollout',
		name: {
			en: 'Training first-line professionals on migrant health: the rollout',
			fr: 'Former les professionnels de première ligne à la santé des migrants : le déploiement'
		},
		objectives: {
			en: 'Roll the MIG-H training package out to health professionals, social workers and law enforcement officers through coach trainers across Europe.',
			fr: 'Déployer le module de formation MIG-H auprès des professionnels de santé, des travailleurs sociaux et des forces de l’ordre grâce à des formateurs relais dans toute l’Europe.'
		},
		funder: 'dgSante',
		coordinator: 'giz',
		technicalLead: 'iomBrussels',
		partners: [
			{ organisation: 'aspher', role: { en: 'Coach trainers network', fr: 'Réseau de formateurs relais' } }
		],
		startsOn: '2018-12-01',
		endsOn: '2019-04-30',
		sdgs: [3, 10],
		contact: { name: 'Rollout team', email: 'rollout@example.org' },
		countries: ['MT', 'SI', 'GR', 'IT', 'ES', 'HR', 'BG', 'PT', 'CY', 'RO'].map((code) => ({
			code,
			participation: 'rollout' as const,
			trainings: code === 'SI' ? 4 : 3,
			people: rolloutPeople
		})),
		activities: [
			{
				kind: 'rollout',
				title: { en: 'Rollout trainings in 21 countries', fr: 'Formations de déploiement dans 21 pays' },
				startsOn: '2019-01-15',
				endsOn: '2019-04-15'
			}
		]
	},
	{
		acronym: 'FHPVM',
		name: {
			en: 'Fostering the health and protection of vulnerable migrants',
			fr: 'Promouvoir la santé et la protection des migrants vulnérables',
			ar: 'تعزيز صحة المهاجرين المستضعفين وحمايتهم'
		},
		objectives: {
			en: 'Strengthen the capacity of health and social services in North Africa and Yemen to meet the health needs of vulnerable migrants, in line with Morocco’s National Strategic Plan for Health and Immigration 2021–2025.',
			fr: 'Renforcer les capacités des services de santé et sociaux d’Afrique du Nord et du Yémen à répondre aux besoins de santé des migrants vulnérables, conformément au Plan stratégique national santé et immigration 2021–2025 du Maroc.',
			ar: 'تعزيز قدرات الخدمات الصحية والاجتماعية في شمال أفريقيا واليمن على تلبية الاحتياجات الصحية للمهاجرين المستضعفين، وفقًا للمخطط الاستراتيجي الوطني للصحة والهجرة 2021–2025 في المغرب.'
		},
		coordinator: 'iomMorocco',
		technicalLead: 'ensp',
		partners: [
			{
				organisation: 'ensp',
				role: {
					en: 'Host of the Regional Winter School',
					fr: 'Hôte de l’école régionale d’hiver',
					ar: 'مستضيف المدرسة الشتوية الإقليمية'
				}
			},
			{
				organisation: 'delm',
				role: {
					en: 'Epidemiology and disease control',
					fr: 'Épidémiologie et lutte contre les maladies',
					ar: 'علم الأوبئة ومكافحة الأمراض'
				}
			}
		],
		startsOn: '2015-01-01',
		endsOn: '2026-12-31',
		sdgs: [3, 17],
		contact: { name: 'IOM Morocco migration health team', email: 'fhpvm@example.org' },
		countries: ['MA', 'TN', 'LY', 'EG', 'SD', 'YE'].map((code) => ({
			code,
			participation: code === 'MA' ? ('pilot' as const) : ('rollout' as const),
			trainings: 2,
			people: { physician: 10, nurse: 10, social_worker: 10 }
		})),
		activities: [
			{
				kind: 'other',
				title: {
					en: '1st Regional Winter School',
					fr: '1re école régionale d’hiver',
					ar: 'المدرسة الشتوية الإقليمية الأولى'
				},
				startsOn: '2020-02-10',
				endsOn: '2020-02-12'
			}
		]
	}
];

/** Adds the demo programmes; needs the demo directory. Returns their ids by acronym. */
export async function createDemoProgrammes(tx: DbOrTx): Promise<Record<string, string>> {
	const organisations = await findDemoOrganisations(tx);
	const ids: Record<string, string> = {};
	for (const demo of demoProgrammes) {
		const [row] = await tx
			.insert(programme)
			.values({
				name: demo.name,
				acronym: demo.acronym,
				objectives: demo.objectives,
				funderId: demo.funder ? organisations[demo.funder] : null,
				coordinatorId: organisations[demo.coordinator],
				technicalLeadId: demo.technicalLead ? organisations[demo.technicalLead] : null,
				startsOn: demo.startsOn,
				endsOn: demo.endsOn,
				sdgs: demo.sdgs,
				contactName: demo.contact.name,
				contactEmail: demo.contact.email
			})
			.returning({ id: programme.id });
		ids[demo.acronym] = row.id;
		await tx.insert(programmePartner).values(
			demo.partners.map((p) => ({
				programmeId: row.id,
				organisationId: organisations[p.organisation],
				role: p.role
			}))
		);
		await tx.insert(programmeCountry).values(
			demo.countries.map((c) => ({
				programmeId: row.id,
				countryCode: c.code,
				participation: c.participation,
				trainingsTarget: c.trainings
			}))
		);
		await tx.insert(programmePeopleTarget).values(
			demo.countries.flatMap((c) =>
				Object.entries(c.people).map(([profession, people]) => ({
					programmeId: row.id,
					countryCode: c.code,
					profession: profession as Profession,
					people
				}))
			)
		);
		await tx.insert(programmeActivity).values(demo.activities.map((a) => ({ programmeId: row.id, ...a })));
	}
	return ids;
}

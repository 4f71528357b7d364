// The demo training package: MIG-H's package for health professionals and law enforcement officers,
// with its two modules (communicable diseases; mental health and psychosocial well-being), published
// as version 1 for the ToT and pilot events. Texts are written for the demo after the package's
// published outline; English and French throughout, Arabic for the main titles.
import { eq } from 'drizzle-orm';
import type { ModuleCreateInput, SessionCreateInput } from '../../curriculum/schemas.js';
import type { Localized } from '../../i18n/localized.js';
import type { Tx } from '../db/client.js';
import { packageModule, packageSession, sessionMaterial, trainingPackage } from '../db/schema/curriculum.js';
import { programme } from '../db/schema/programmes.js';
import { freezeDraft } from '../curriculum/versions.js';

type DemoSession = Omit<SessionCreateInput, 'trainerNotes'> & {
	trainerNotes?: Localized;
	links?: { title: Localized; url: string; language: string }[];
};
type DemoModule = Required<Pick<ModuleCreateInput, 'title' | 'topic' | 'summary'>> & {
	sessions: DemoSession[];
};

const both = ['trainer', 'trainee'] as const;

const modules: DemoModule[] = [
	{
		title: {
			en: 'Communicable diseases and migration',
			fr: 'Maladies transmissibles et migration',
			ar: 'الأمراض المعدية والهجرة'
		},
		topic: 'communicable_diseases',
		summary: {
			en: 'What the evidence says about migrants and infectious diseases, and what frontline staff can do about screening, vaccination and infection control.',
			fr: 'Ce que disent les données sur les migrants et les maladies infectieuses, et ce que le personnel de première ligne peut faire en matière de dépistage, de vaccination et de prévention des infections.'
		},
		sessions: [
			{
				title: {
					en: 'Migration and health: myths and evidence',
					fr: 'Migration et santé : idées reçues et données probantes',
					ar: 'الهجرة والصحة: خرافات وأدلة'
				},
				objectives: [
					{
						en: 'Describe the main migration routes into Europe and the health risks along them',
						fr: 'Décrire les principales routes migratoires vers l’Europe et les risques sanitaires qui les jalonnent'
					},
					{
						en: 'Counter the myth that migrants bring infectious diseases to host populations, with evidence',
						fr: 'Réfuter, données à l’appui, l’idée reçue selon laquelle les migrants apportent des maladies infectieuses aux populations d’accueil'
					}
				],
				durationMinutes: 60,
				methods: ['lecture', 'discussion'],
				editions: [...both]
			},
			{
				title: {
					en: 'Tuberculosis, HIV and viral hepatitis',
					fr: 'Tuberculose, VIH et hépatites virales',
					ar: 'السل وفيروس نقص المناعة البشرية والتهاب الكبد الفيروسي'
				},
				objectives: [
					{
						en: 'Explain when migrants are at higher risk of TB, HIV and hepatitis B and C: before, during or after the journey',
						fr: 'Expliquer à quel moment les migrants sont plus exposés à la tuberculose, au VIH et aux hépatites B et C : avant, pendant ou après le voyage'
					},
					{
						en: 'Recognise the symptoms that call for referral to a health service',
						fr: 'Reconnaître les symptômes qui justifient une orientation vers un service de santé'
					},
					{
						en: 'Describe migrants’ entitlements to screening and treatment in your country',
						fr: 'Décrire les droits des migrants au dépistage et au traitement dans votre pays'
					}
				],
				durationMinutes: 90,
				methods: ['lecture', 'case_study'],
				editions: [...both]
			},
			{
				title: {
					en: 'Vaccination and infection control in reception settings',
					fr: 'Vaccination et prévention des infections dans les lieux d’accueil'
				},
				objectives: [
					{
						en: 'Check and complete vaccination status following the national catch-up schedule',
						fr: 'Vérifier et compléter le statut vaccinal selon le calendrier national de rattrapage'
					},
					{
						en: 'Apply infection prevention and control measures in reception and detention centres',
						fr: 'Appliquer les mesures de prévention et de contrôle des infections dans les centres d’accueil et de rétention'
					}
				],
				durationMinutes: 60,
				methods: ['case_study', 'group_work'],
				editions: [...both],
				links: [
					{
						title: {
							en: 'WHO: refugee and migrant health',
							fr: 'OMS : santé des réfugiés et des migrants'
						},
						url: 'https://www.who.int/health-topics/refugee-and-migrant-health',
						language: 'en'
					}
				]
			},
			{
				title: {
					en: 'Facilitating the communicable diseases module',
					fr: 'Animer le module sur les maladies transmissibles'
				},
				objectives: [
					{
						en: 'Run the case studies with a mixed group of health and police staff',
						fr: 'Animer les études de cas avec un groupe mêlant personnels de santé et de police'
					}
				],
				durationMinutes: 45,
				methods: ['discussion', 'role_play'],
				editions: ['trainer'],
				trainerNotes: {
					en: 'Expect fears of contagion from law enforcement participants: take them seriously, then answer with the evidence from session 1.',
					fr: 'Attendez-vous à des craintes de contagion chez les participants des forces de l’ordre : prenez-les au sérieux, puis répondez avec les données de la séance 1.'
				}
			}
		]
	},
	{
		title: {
			en: 'Mental health and psychosocial well-being',
			fr: 'Santé mentale et bien-être psychosocial',
			ar: 'الصحة النفسية والرفاه النفسي والاجتماعي'
		},
		topic: 'mental_health',
		summary: {
			en: 'How migration can affect mental health, how to respond with psychological first aid, and how to work with interpreters and look after oneself.',
			fr: 'Comment la migration peut affecter la santé mentale, comment y répondre par les premiers secours psychologiques, et comment travailler avec des interprètes et prendre soin de soi.'
		},
		sessions: [
			{
				title: {
					en: 'Stress, trauma and resilience in migration',
					fr: 'Stress, traumatisme et résilience dans la migration',
					ar: 'الضغط النفسي والصدمة والقدرة على الصمود في الهجرة'
				},
				objectives: [
					{
						en: 'Describe the stressors migrants face before, during and after migration',
						fr: 'Décrire les facteurs de stress auxquels les migrants font face avant, pendant et après la migration'
					},
					{
						en: 'Recognise signs of post-traumatic stress, depression and anxiety',
						fr: 'Reconnaître les signes de stress post-traumatique, de dépression et d’anxiété'
					}
				],
				durationMinutes: 90,
				methods: ['lecture', 'discussion'],
				editions: [...both]
			},
			{
				title: {
					en: 'Psychological first aid',
					fr: 'Premiers secours psychologiques',
					ar: 'الإسعافات الأولية النفسية'
				},
				objectives: [
					{
						en: 'Apply the “look, listen, link” principles of psychological first aid',
						fr: 'Appliquer les principes « observer, écouter, orienter » des premiers secours psychologiques',
						ar: 'تطبيق مبادئ «انظر، استمع، اربط» في الإسعافات الأولية النفسية'
					},
					{
						en: 'Refer people to mental health and psychosocial support services',
						fr: 'Orienter les personnes vers les services de santé mentale et de soutien psychosocial'
					}
				],
				durationMinutes: 90,
				methods: ['role_play', 'video'],
				editions: [...both],
				links: [
					{
						title: {
							en: 'WHO: Psychological first aid, guide for field workers',
							fr: 'OMS : Premiers secours psychologiques, guide pour les acteurs de terrain'
						},
						url: 'https://www.who.int/publications/i/item/9789241548205',
						language: 'en'
					}
				]
			},
			{
				title: {
					en: 'Working with interpreters and cultural mediators',
					fr: 'Travailler avec des interprètes et des médiateurs culturels'
				},
				objectives: [
					{
						en: 'Prepare, hold and close a conversation through an interpreter',
						fr: 'Préparer, mener et conclure un entretien avec un interprète'
					}
				],
				durationMinutes: 60,
				methods: ['role_play', 'discussion'],
				editions: [...both]
			},
			{
				title: {
					en: 'Looking after yourself and your team',
					fr: 'Prendre soin de soi et de son équipe'
				},
				objectives: [
					{
						en: 'Recognise the signs of burnout and secondary trauma in frontline staff',
						fr: 'Reconnaître les signes d’épuisement professionnel et de traumatisme secondaire chez le personnel de première ligne'
					}
				],
				durationMinutes: 45,
				methods: ['group_work'],
				editions: [...both],
				trainerNotes: {
					en: 'Close the day with this session; keep it voluntary to speak.',
					fr: 'Terminez la journée par cette séance ; chacun reste libre de prendre la parole.'
				}
			}
		]
	}
];

/** Creates the MIG-H package (the demo programmes must exist) and publishes it as version 1. */
export async function createDemoPackages(tx: Tx): Promise<{ mighVersionId: string }> {
	const [migh] = await tx.select({ id: programme.id }).from(programme).where(eq(programme.acronym, 'MIG-H'));
	if (!migh) throw new Error('The demo programmes must be loaded before the demo packages.');
	const [{ id: packageId }] = await tx
		.insert(trainingPackage)
		.values({
			programmeId: migh.id,
			title: {
				en: 'MIG-H training package: migrant health for health professionals and law enforcement officers',
				fr: 'Module de formation MIG-H : santé des migrants pour les professionnels de santé et les forces de l’ordre',
				ar: 'الحقيبة التدريبية MIG-H: صحة المهاجرين للمهنيين الصحيين وموظفي إنفاذ القانون'
			},
			summary: {
				en: 'A two-module package for mixed groups of health and law enforcement staff who meet migrants in their work, with a trainer’s edition for Training of Trainers.',
				fr: 'Un module de formation en deux modules pour des groupes mêlant personnels de santé et forces de l’ordre au contact des migrants, avec une édition du formateur pour la formation de formateurs.'
			},
			audiences: ['health_professionals', 'law_enforcement_officers', 'trainers']
		})
		.returning({ id: trainingPackage.id });
	for (const [moduleIndex, { sessions, ...module }] of modules.entries()) {
		const [{ id: moduleId }] = await tx
			.insert(packageModule)
			.values({ ...module, packageId, position: moduleIndex + 1 })
			.returning({ id: packageModule.id });
		for (const [sessionIndex, { links = [], ...session }] of sessions.entries()) {
			const [{ id: sessionId }] = await tx
				.insert(packageSession)
				.values({ ...session, moduleId, position: sessionIndex + 1 })
				.returning({ id: packageSession.id });
			for (const link of links) await tx.insert(sessionMaterial).values({ ...link, sessionId, kind: 'link' });
		}
	}
	const version = await freezeDraft(tx, packageId, {
		note: 'Version used at the Training of Trainers and the ten pilot trainings.',
		publishedBy: null
	});
	return { mighVersionId: version.id };
}

// Demo directory: the real organisations of two migrant-health programmes, and fictional people.
//
// Programme 1, "MIG-H Training" (EU Health Programme, December 2017 – February 2019): coordinated by
// GIZ, technical lead IOM's Migration Health Division (Regional Office Brussels), partners ASPHER and
// LSHTM, funded by the European Commission (DG SANTE); Bulgaria, Croatia, France, Greece, Italy,
// Malta, Norway, Serbia, Slovenia and Spain. Programme 3, "Fostering the health and protection of
// vulnerable migrants" (IOM Morocco, since 2015): Morocco, Tunisia, Libya, Egypt, Sudan and Yemen;
// its 2nd Regional Winter School was held in Rabat on 14–16 March 2023 at the National School of
// Public Health (ENSP) with IOM and the Directorate of Epidemiology and Disease Control (DELM).
// Organisations and places are real; every person is invented, and their e-mail addresses use the
// reserved example.org domain.
import { randomUUID } from 'node:crypto';
import { OrganisationCreateSchema, PersonCreateSchema } from '../../directory/schemas.js';
import type { Expertise, OrganisationType, Profession } from '../../directory/values.js';
import type { Localized } from '../../i18n/localized.js';
import { inArray, sql } from 'drizzle-orm';
import { db, type DbOrTx } from '../db/client.js';
import { organisation, person } from '../db/schema/directory.js';

type DemoOrganisation = {
	name: Localized;
	acronym?: string;
	type: OrganisationType;
	countryCode: string | null;
	website?: string;
	description?: Localized;
};

const organisations = {
	iomBrussels: {
		name: {
			en: 'International Organization for Migration – Regional Office Brussels, Migration Health Division',
			fr: 'Organisation internationale pour les migrations – Bureau régional de Bruxelles, Division Migration et santé',
			ar: 'المنظمة الدولية للهجرة – المكتب الإقليمي في بروكسل، شعبة الهجرة والصحة'
		},
		acronym: 'IOM',
		type: 'international_organisation',
		countryCode: 'BE',
		website: 'https://eea.iom.int',
		description: {
			en: 'Technical lead of the MIG-H Training programme (2017–2019) and of its rollout to first-line professionals (2018–2019).',
			fr: 'Responsable technique du programme MIG-H Training (2017-2019) et de son extension aux professionnels de première ligne (2018-2019).',
			ar: 'الجهة المسؤولة فنيًا عن برنامج MIG-H Training ‏(2017–2019) وعن تعميمه على مهنيي الخطوط الأمامية (2018–2019).'
		}
	},
	giz: {
		name: {
			en: 'Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)',
			fr: 'Agence allemande de coopération internationale (GIZ)',
			ar: 'الوكالة الألمانية للتعاون الدولي'
		},
		acronym: 'GIZ',
		type: 'development_agency',
		countryCode: 'DE',
		website: 'https://www.giz.de',
		description: {
			en: 'Coordinator of the MIG-H Training programme and of its rollout to first-line professionals.',
			fr: 'Coordinateur du programme MIG-H Training et de son extension aux professionnels de première ligne.',
			ar: 'منسق برنامج MIG-H Training وتعميمه على مهنيي الخطوط الأمامية.'
		}
	},
	dgSante: {
		name: {
			en: 'European Commission – Directorate-General for Health and Food Safety',
			fr: 'Commission européenne – Direction générale de la santé et de la sécurité alimentaire',
			ar: 'المفوضية الأوروبية – المديرية العامة للصحة وسلامة الغذاء'
		},
		acronym: 'DG SANTE',
		type: 'donor',
		// An institution of the European Union, not of one member state.
		countryCode: null,
		website: 'https://health.ec.europa.eu',
		description: {
			en: 'Funded the MIG-H Training programme through the EU Health Programme.',
			fr: 'A financé le programme MIG-H Training au titre du programme de santé de l’UE.',
			ar: 'موّلت برنامج MIG-H Training ضمن برنامج الاتحاد الأوروبي للصحة.'
		}
	},
	aspher: {
		name: {
			en: 'Association of Schools of Public Health in the European Region',
			fr: 'Association des écoles de santé publique de la Région européenne',
			ar: 'رابطة مدارس الصحة العامة في المنطقة الأوروبية'
		},
		acronym: 'ASPHER',
		type: 'network',
		countryCode: 'BE',
		website: 'https://www.aspher.org'
	},
	lshtm: {
		name: {
			en: 'London School of Hygiene & Tropical Medicine',
			fr: 'École d’hygiène et de médecine tropicale de Londres',
			ar: 'كلية لندن للصحة والطب الاستوائي'
		},
		acronym: 'LSHTM',
		type: 'academic',
		countryCode: 'GB',
		website: 'https://www.lshtm.ac.uk'
	},
	migrationPolicyGroup: {
		// Left without an Arabic name, as real records often are.
		name: { en: 'Migration Policy Group', fr: 'Groupe des politiques migratoires' },
		acronym: 'MPG',
		type: 'ngo',
		countryCode: 'BE',
		website: 'https://www.migpolgroup.com',
		description: {
			en: 'Developed the health strand of the Migrant Integration Policy Index (MIPEX) with IOM’s Equi-Health project.'
		}
	},
	ensp: {
		name: {
			en: 'National School of Public Health (ENSP), Rabat',
			fr: 'École nationale de santé publique (ENSP), Rabat',
			ar: 'المدرسة الوطنية للصحة العمومية، الرباط'
		},
		acronym: 'ENSP',
		type: 'academic',
		countryCode: 'MA',
		description: {
			en: 'Hosted the 2nd Regional Winter School on the health of vulnerable migrants, Rabat, 14–16 March 2023.',
			fr: 'A accueilli la 2e École d’hiver régionale sur la santé des migrants vulnérables, Rabat, 14-16 mars 2023.',
			ar: 'احتضنت المدرسة الشتوية الإقليمية الثانية حول صحة المهاجرين في وضعية هشاشة، الرباط، 14–16 مارس 2023.'
		}
	},
	delm: {
		name: {
			en: 'Directorate of Epidemiology and Disease Control (DELM), Ministry of Health and Social Protection',
			fr: 'Direction de l’épidémiologie et de lutte contre les maladies (DELM), ministère de la Santé et de la Protection sociale',
			ar: 'مديرية علم الأوبئة ومحاربة الأمراض، وزارة الصحة والحماية الاجتماعية'
		},
		acronym: 'DELM',
		type: 'ministry',
		countryCode: 'MA',
		website: 'https://www.sante.gov.ma'
	},
	iomMorocco: {
		name: { en: 'IOM Morocco', fr: 'OIM Maroc', ar: 'المنظمة الدولية للهجرة – المغرب' },
		acronym: 'IOM',
		type: 'international_organisation',
		countryCode: 'MA',
		website: 'https://morocco.iom.int',
		description: {
			en: 'Runs the programme “Fostering the health and protection of vulnerable migrants” (since 2015) in Morocco, Tunisia, Libya, Egypt, Sudan and Yemen.',
			fr: 'Met en œuvre le programme « Favoriser la santé et la protection des migrants vulnérables » (depuis 2015) au Maroc, en Tunisie, en Libye, en Égypte, au Soudan et au Yémen.',
			ar: 'تنفذ برنامج «تعزيز صحة المهاجرين في وضعية هشاشة وحمايتهم» (منذ 2015) في المغرب وتونس وليبيا ومصر والسودان واليمن.'
		}
	},
	mohGreece: {
		name: {
			en: 'Ministry of Health (Greece)',
			fr: 'Ministère de la Santé (Grèce)',
			ar: 'وزارة الصحة (اليونان)'
		},
		type: 'ministry',
		countryCode: 'GR',
		website: 'https://www.moh.gov.gr'
	},
	eody: {
		name: {
			en: 'National Public Health Organization (EODY)',
			fr: 'Organisation nationale de santé publique (EODY)',
			ar: 'المنظمة الوطنية للصحة العامة (اليونان)'
		},
		acronym: 'EODY',
		type: 'public_health_institute',
		countryCode: 'GR',
		website: 'https://eody.gov.gr'
	},
	mohMalta: {
		name: {
			en: 'Ministry for Health and Active Ageing (Malta)',
			fr: 'Ministère de la Santé et du Vieillissement actif (Malte)',
			ar: 'وزارة الصحة والشيخوخة النشطة (مالطا)'
		},
		type: 'ministry',
		countryCode: 'MT',
		website: 'https://health.gov.mt'
	},
	mohSlovenia: {
		name: {
			en: 'Ministry of Health of the Republic of Slovenia',
			fr: 'Ministère de la Santé de la République de Slovénie',
			ar: 'وزارة الصحة في جمهورية سلوفينيا'
		},
		type: 'ministry',
		countryCode: 'SI',
		website: 'https://www.gov.si/en/state-authorities/ministries/ministry-of-health/'
	},
	nijz: {
		name: {
			en: 'National Institute of Public Health (NIJZ)',
			fr: 'Institut national de santé publique (NIJZ)',
			ar: 'المعهد الوطني للصحة العامة (سلوفينيا)'
		},
		acronym: 'NIJZ',
		type: 'public_health_institute',
		countryCode: 'SI',
		website: 'https://nijz.si'
	},
	mohItaly: {
		name: {
			en: 'Ministry of Health (Italy)',
			fr: 'Ministère de la Santé (Italie)',
			ar: 'وزارة الصحة (إيطاليا)'
		},
		type: 'ministry',
		countryCode: 'IT',
		website: 'https://www.salute.gov.it'
	},
	iss: {
		name: {
			en: 'Italian National Institute of Health (Istituto Superiore di Sanità)',
			fr: 'Institut supérieur de la santé (Italie)',
			ar: 'المعهد الوطني الإيطالي للصحة'
		},
		acronym: 'ISS',
		type: 'public_health_institute',
		countryCode: 'IT',
		website: 'https://www.iss.it'
	},
	mohSpain: {
		name: {
			en: 'Ministry of Health (Spain)',
			fr: 'Ministère de la Santé (Espagne)',
			ar: 'وزارة الصحة (إسبانيا)'
		},
		type: 'ministry',
		countryCode: 'ES',
		website: 'https://www.sanidad.gob.es'
	},
	mohBulgaria: {
		name: {
			en: 'Ministry of Health (Bulgaria)',
			fr: 'Ministère de la Santé (Bulgarie)',
			ar: 'وزارة الصحة (بلغاريا)'
		},
		type: 'ministry',
		countryCode: 'BG',
		website: 'https://www.mh.government.bg'
	},
	mohCroatia: {
		name: {
			en: 'Ministry of Health (Croatia)',
			fr: 'Ministère de la Santé (Croatie)',
			ar: 'وزارة الصحة (كرواتيا)'
		},
		type: 'ministry',
		countryCode: 'HR',
		website: 'https://zdravstvo.gov.hr'
	},
	santePubliqueFrance: {
		name: { en: 'Santé publique France', fr: 'Santé publique France', ar: 'وكالة الصحة العامة الفرنسية' },
		type: 'public_health_institute',
		countryCode: 'FR',
		website: 'https://www.santepubliquefrance.fr'
	},
	fhi: {
		name: {
			en: 'Norwegian Institute of Public Health',
			fr: 'Institut norvégien de santé publique',
			ar: 'المعهد النرويجي للصحة العامة'
		},
		acronym: 'FHI',
		type: 'public_health_institute',
		countryCode: 'NO',
		website: 'https://www.fhi.no'
	},
	batut: {
		// Left without an Arabic name, as real records often are.
		name: {
			en: 'Institute of Public Health of Serbia “Dr Milan Jovanović Batut”',
			fr: 'Institut de santé publique de Serbie « Dr Milan Jovanović Batut »'
		},
		type: 'public_health_institute',
		countryCode: 'RS',
		website: 'https://www.batut.org.rs'
	},
	mohTunisia: {
		name: {
			en: 'Ministry of Health (Tunisia)',
			fr: 'Ministère de la Santé (Tunisie)',
			ar: 'وزارة الصحة (تونس)'
		},
		type: 'ministry',
		countryCode: 'TN'
	}
} satisfies Record<string, DemoOrganisation>;

export type OrganisationKey = keyof typeof organisations;

type DemoPerson = {
	fullName: string;
	email?: string;
	organisation?: OrganisationKey;
	countryCodes: string[];
	profession: Profession;
	jobTitle?: string;
	languages: string[];
	expertise: Expertise[];
	/** When they agreed to be contacted; absent if they have not. */
	consentedOn?: string;
};

const people: DemoPerson[] = [
	// Greece
	{
		fullName: 'Eleni Papadimitriou',
		email: 'eleni.papadimitriou@example.org',
		organisation: 'mohGreece',
		countryCodes: ['GR'],
		profession: 'physician',
		jobTitle: 'Head of the migrant health unit',
		languages: ['el', 'en'],
		expertise: ['communicable_diseases', 'mental_health'],
		consentedOn: '2024-02-12'
	},
	{
		fullName: 'Giorgos Antoniou',
		email: 'g.antoniou@example.org',
		organisation: 'eody',
		countryCodes: ['GR'],
		profession: 'nurse',
		languages: ['el', 'en'],
		expertise: ['communicable_diseases']
	},
	{
		fullName: 'Katerina Vlachou',
		email: 'katerina.vlachou@example.org',
		organisation: 'eody',
		countryCodes: ['GR'],
		profession: 'psychologist',
		languages: ['el', 'en', 'fr'],
		expertise: ['mental_health', 'psychosocial_support'],
		consentedOn: '2024-03-05'
	},
	{
		fullName: 'Nikolaos Karagiannis',
		countryCodes: ['GR'],
		profession: 'law_enforcement_officer',
		jobTitle: 'Police training officer',
		languages: ['el'],
		expertise: ['intercultural_competence']
	},
	{
		fullName: 'Sofia Dimitriou',
		email: 'sofia.dimitriou@example.org',
		countryCodes: ['GR'],
		profession: 'social_worker',
		languages: ['el', 'en', 'ar'],
		expertise: ['psychosocial_support', 'health_coverage'],
		consentedOn: '2023-11-20'
	},
	{
		fullName: 'Ioannis Petrou',
		email: 'i.petrou@example.org',
		organisation: 'mohGreece',
		countryCodes: ['GR'],
		profession: 'public_health_specialist',
		languages: ['el', 'en'],
		expertise: ['public_health', 'migration_law_policy'],
		consentedOn: '2024-01-15'
	},
	// Malta
	{
		fullName: 'Maria Borg',
		email: 'maria.borg@example.org',
		organisation: 'mohMalta',
		countryCodes: ['MT'],
		profession: 'nurse',
		jobTitle: 'Nursing officer, migrant health liaison',
		languages: ['mt', 'en', 'it'],
		expertise: ['communicable_diseases', 'training_education'],
		consentedOn: '2024-02-27'
	},
	{
		fullName: 'Joseph Camilleri',
		email: 'joseph.camilleri@example.org',
		organisation: 'mohMalta',
		countryCodes: ['MT'],
		profession: 'physician',
		languages: ['mt', 'en'],
		expertise: ['mental_health']
	},
	{
		fullName: 'Claire Vella',
		email: 'claire.vella@example.org',
		countryCodes: ['MT'],
		profession: 'cultural_mediator',
		languages: ['mt', 'en', 'ar'],
		expertise: ['intercultural_competence'],
		consentedOn: '2023-10-02'
	},
	{
		fullName: 'Mark Farrugia',
		countryCodes: ['MT'],
		profession: 'law_enforcement_officer',
		languages: ['mt', 'en'],
		expertise: ['intercultural_competence', 'migration_law_policy']
	},
	{
		fullName: 'Rebecca Grech',
		email: 'rebecca.grech@example.org',
		organisation: 'mohMalta',
		countryCodes: ['MT'],
		profession: 'psychologist',
		languages: ['mt', 'en'],
		expertise: ['mental_health', 'psychosocial_support'],
		consentedOn: '2024-04-09'
	},
	// Bulgaria
	{
		fullName: 'Petar Ivanov',
		email: 'petar.ivanov@example.org',
		organisation: 'mohBulgaria',
		countryCodes: ['BG'],
		profession: 'physician',
		languages: ['bg', 'en', 'ru'],
		expertise: ['communicable_diseases'],
		consentedOn: '2024-01-22'
	},
	{
		fullName: 'Desislava Georgieva',
		countryCodes: ['BG'],
		profession: 'social_worker',
		languages: ['bg', 'en'],
		expertise: ['psychosocial_support']
	},
	// Croatia
	{
		fullName: 'Ivana Horvat',
		email: 'ivana.horvat@example.org',
		organisation: 'mohCroatia',
		countryCodes: ['HR'],
		profession: 'nurse',
		languages: ['hr', 'en', 'de'],
		expertise: ['communicable_diseases', 'training_education'],
		consentedOn: '2023-12-01'
	},
	{
		fullName: 'Tomislav Kovačević',
		countryCodes: ['HR'],
		profession: 'law_enforcement_officer',
		languages: ['hr', 'en'],
		expertise: ['intercultural_competence']
	},
	// France
	{
		fullName: 'Claire Martin',
		email: 'claire.martin@example.org',
		organisation: 'santePubliqueFrance',
		countryCodes: ['FR'],
		profession: 'public_health_specialist',
		languages: ['fr', 'en'],
		expertise: ['public_health', 'sexual_reproductive_health'],
		consentedOn: '2024-03-18'
	},
	{
		fullName: 'Karim Benali',
		email: 'karim.benali@example.org',
		countryCodes: ['FR'],
		profession: 'cultural_mediator',
		languages: ['fr', 'ar', 'en'],
		expertise: ['intercultural_competence', 'psychosocial_support']
	},
	// Italy
	{
		fullName: 'Giulia Rossi',
		email: 'giulia.rossi@example.org',
		organisation: 'iss',
		countryCodes: ['IT'],
		profession: 'physician',
		languages: ['it', 'en'],
		expertise: ['communicable_diseases', 'public_health'],
		consentedOn: '2024-02-02'
	},
	{
		fullName: 'Marco Bianchi',
		countryCodes: ['IT'],
		profession: 'psychologist',
		languages: ['it', 'en', 'fr'],
		expertise: ['mental_health']
	},
	{
		fullName: 'Francesca Romano',
		email: 'francesca.romano@example.org',
		organisation: 'mohItaly',
		countryCodes: ['IT'],
		profession: 'policy_maker',
		languages: ['it', 'en'],
		expertise: ['migration_law_policy', 'health_coverage'],
		consentedOn: '2023-09-14'
	},
	// Norway
	{
		fullName: 'Ingrid Hansen',
		email: 'ingrid.hansen@example.org',
		organisation: 'fhi',
		countryCodes: ['NO'],
		profession: 'nurse',
		languages: ['no', 'en'],
		expertise: ['communicable_diseases'],
		consentedOn: '2024-01-08'
	},
	{
		fullName: 'Lars Johansen',
		organisation: 'fhi',
		countryCodes: ['NO'],
		profession: 'researcher',
		languages: ['no', 'en', 'de'],
		expertise: ['public_health', 'mental_health']
	},
	// Serbia
	{
		fullName: 'Milica Jovanović',
		email: 'milica.jovanovic@example.org',
		organisation: 'batut',
		countryCodes: ['RS'],
		profession: 'physician',
		languages: ['sr', 'en'],
		expertise: ['communicable_diseases', 'public_health'],
		consentedOn: '2024-02-19'
	},
	{
		fullName: 'Nemanja Petrović',
		countryCodes: ['RS'],
		profession: 'social_worker',
		languages: ['sr', 'en'],
		expertise: ['psychosocial_support']
	},
	// Slovenia
	{
		fullName: 'Maja Novak',
		email: 'maja.novak@example.org',
		organisation: 'nijz',
		countryCodes: ['SI'],
		profession: 'public_health_specialist',
		jobTitle: 'National coordinator of the pilot trainings',
		languages: ['sl', 'en', 'hr'],
		expertise: ['public_health', 'training_education'],
		consentedOn: '2023-05-29'
	},
	{
		fullName: 'Matej Kranjc',
		countryCodes: ['SI'],
		profession: 'law_enforcement_officer',
		languages: ['sl', 'it'],
		expertise: ['intercultural_competence']
	},
	{
		fullName: 'Tina Zupan',
		email: 'tina.zupan@example.org',
		organisation: 'mohSlovenia',
		countryCodes: ['SI'],
		profession: 'nurse',
		languages: ['sl', 'en'],
		expertise: ['mental_health', 'communicable_diseases'],
		consentedOn: '2024-03-11'
	},
	// Spain
	{
		fullName: 'Lucía García',
		email: 'lucia.garcia@example.org',
		organisation: 'mohSpain',
		countryCodes: ['ES'],
		profession: 'physician',
		languages: ['es', 'en', 'fr'],
		expertise: ['sexual_reproductive_health', 'communicable_diseases'],
		consentedOn: '2024-01-30'
	},
	{
		fullName: 'Javier Fernández',
		countryCodes: ['ES'],
		profession: 'trainer',
		languages: ['es', 'en'],
		expertise: ['training_education', 'intercultural_competence']
	},
	// Morocco
	{
		fullName: 'Fatima Zahra El Idrissi',
		email: 'fz.elidrissi@example.org',
		organisation: 'delm',
		countryCodes: ['MA'],
		profession: 'physician',
		jobTitle: 'Epidemiologist',
		languages: ['ar', 'fr', 'en'],
		expertise: ['communicable_diseases', 'public_health'],
		consentedOn: '2023-03-14'
	},
	{
		fullName: 'Youssef Benjelloun',
		email: 'youssef.benjelloun@example.org',
		organisation: 'ensp',
		countryCodes: ['MA'],
		profession: 'researcher',
		languages: ['ar', 'fr', 'en'],
		expertise: ['health_coverage', 'public_health'],
		consentedOn: '2023-03-16'
	},
	{
		fullName: 'Salma Alaoui',
		email: 'salma.alaoui@example.org',
		organisation: 'iomMorocco',
		countryCodes: ['MA'],
		profession: 'public_health_specialist',
		languages: ['ar', 'fr', 'en', 'es'],
		expertise: ['sexual_reproductive_health', 'psychosocial_support'],
		consentedOn: '2023-03-14'
	},
	{
		fullName: 'Hicham Tazi',
		countryCodes: ['MA'],
		profession: 'social_worker',
		languages: ['ar', 'fr'],
		expertise: ['psychosocial_support', 'intercultural_competence']
	},
	// Tunisia
	{
		fullName: 'Amira Ben Salah',
		email: 'amira.bensalah@example.org',
		organisation: 'mohTunisia',
		countryCodes: ['TN'],
		profession: 'physician',
		languages: ['ar', 'fr'],
		expertise: ['sexual_reproductive_health'],
		consentedOn: '2023-03-15'
	},
	{
		fullName: 'Mehdi Trabelsi',
		countryCodes: ['TN'],
		profession: 'psychologist',
		languages: ['ar', 'fr', 'en'],
		expertise: ['mental_health', 'psychosocial_support']
	},
	// Libya
	{
		fullName: 'Ahmed Al-Mansouri',
		email: 'ahmed.almansouri@example.org',
		countryCodes: ['LY'],
		profession: 'public_health_specialist',
		languages: ['ar', 'en'],
		expertise: ['public_health', 'communicable_diseases'],
		consentedOn: '2023-03-16'
	},
	{
		fullName: 'Khadija Al-Fitouri',
		countryCodes: ['LY'],
		profession: 'nurse',
		languages: ['ar', 'en'],
		expertise: ['sexual_reproductive_health']
	},
	// Egypt
	{
		fullName: 'Mona Hassan',
		email: 'mona.hassan@example.org',
		countryCodes: ['EG'],
		profession: 'midwife',
		languages: ['ar', 'en'],
		expertise: ['sexual_reproductive_health'],
		consentedOn: '2023-03-15'
	},
	{
		fullName: 'Omar Abdelrahman',
		countryCodes: ['EG'],
		profession: 'researcher',
		languages: ['ar', 'en', 'fr'],
		expertise: ['mental_health', 'health_coverage']
	},
	// Sudan
	{
		fullName: 'Amani Osman',
		email: 'amani.osman@example.org',
		countryCodes: ['SD'],
		profession: 'physician',
		languages: ['ar', 'en'],
		expertise: ['communicable_diseases', 'mental_health'],
		consentedOn: '2023-03-14'
	},
	{
		fullName: 'Mohamed Elamin',
		countryCodes: ['SD'],
		profession: 'social_worker',
		languages: ['ar', 'en'],
		expertise: ['psychosocial_support']
	},
	// Yemen
	{
		fullName: 'Abdulrahman Al-Sharabi',
		email: 'a.alsharabi@example.org',
		countryCodes: ['YE'],
		profession: 'physician',
		languages: ['ar', 'en'],
		expertise: ['communicable_diseases', 'health_coverage'],
		consentedOn: '2023-03-16'
	},
	// Working across several countries
	{
		fullName: 'Hanna Keller',
		email: 'hanna.keller@example.org',
		organisation: 'iomBrussels',
		countryCodes: ['GR', 'MT', 'SI', 'IT'],
		profession: 'public_health_specialist',
		jobTitle: 'Migration health programme officer',
		languages: ['de', 'en', 'fr'],
		expertise: ['training_education', 'public_health', 'migration_law_policy'],
		consentedOn: '2023-01-31'
	},
	{
		fullName: 'Rachid Amrani',
		email: 'rachid.amrani@example.org',
		organisation: 'iomMorocco',
		countryCodes: ['MA', 'TN', 'LY', 'EG', 'SD', 'YE'],
		profession: 'trainer',
		jobTitle: 'Regional project coordinator',
		languages: ['ar', 'fr', 'en'],
		expertise: ['training_education', 'health_coverage', 'psychosocial_support'],
		consentedOn: '2023-03-14'
	},
	{
		fullName: 'Thomas Clarke',
		email: 'thomas.clarke@example.org',
		organisation: 'lshtm',
		countryCodes: ['GR', 'IT'],
		profession: 'researcher',
		languages: ['en', 'it'],
		expertise: ['public_health', 'communicable_diseases']
	}
];

/**
 * Adds the demo organisations and people, in one transaction, through the same validation as
 * every other record. Meant for an empty directory (a first start with demo data).
 */
export async function createDemoDirectory(): Promise<void> {
	await db().transaction(async (tx) => {
		const keys = Object.keys(organisations) as OrganisationKey[];
		const idOf = new Map(keys.map((key) => [key, randomUUID()]));
		await tx
			.insert(organisation)
			.values(
				keys.map((key) => ({ id: idOf.get(key), ...OrganisationCreateSchema.parse(organisations[key]) }))
			);
		await tx.insert(person).values(
			people.map(({ organisation: key, consentedOn, ...fields }) => ({
				...PersonCreateSchema.parse({
					...fields,
					organisationId: key ? idOf.get(key) : null,
					isContactConsented: consentedOn !== undefined
				}),
				contactConsentedAt: consentedOn ? new Date(`${consentedOn}T10:00:00Z`) : null
			}))
		);
	});
}

/** The ids of the demo organisations in this database, found by their English names. */
export async function findDemoOrganisations(tx: DbOrTx): Promise<Record<OrganisationKey, string>> {
	const keys = Object.keys(organisations) as OrganisationKey[];
	const rows = await tx
		.select({ id: organisation.id, name: sql<string>`${organisation.name}->>'en'` })
		.from(organisation)
		.where(
			inArray(
				sql`${organisation.name}->>'en'`,
				keys.map((key) => organisations[key].name.en!)
			)
		);
	const idByName = new Map(rows.map((row) => [row.name, row.id]));
	const found = keys.map((key) => [key, idByName.get(organisations[key].name.en!)] as const);
	const missing = found.filter(([, id]) => !id).map(([key]) => key);
	if (missing.length > 0)
		throw new Error(`demo organisations missing: ${missing.join(', ')} (load the demo directory first)`);
	return Object.fromEntries(found) as Record<OrganisationKey, string>;
}

export const demoDirectorySize = { organisations: Object.keys(organisations).length, people: people.length };

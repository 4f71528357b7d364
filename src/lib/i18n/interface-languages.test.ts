// Adding an interface language is only message files: the project's settings with a partial Spanish
// (two words) compile, and its missing words fall back to English, one by one. Only two areas of
// messages are copied, to keep the compilation short.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile } from '@inlang/paraglide-js';
import { afterAll, expect, it } from 'vitest';

// Inside the project, so the compiled output finds its imports in node_modules.
mkdirSync('.tmp', { recursive: true });
const copy = mkdtempSync(resolve('.tmp/interface-language-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

type Message = (inputs?: object, options?: { locale: string }) => string;

it(
	'compiles a partial extra language, whose missing words fall back to English',
	{ timeout: 120_000 },
	async () => {
		const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
		settings.locales = [...settings.locales, 'es'];
		settings.modules = settings.modules.map((module: string) => resolve(module));
		const areas = ['common', 'survey_respond'];
		settings['plugin.inlang.messageFormat'].pathPattern = areas.map(
			(area) => `./messages/${area}/{locale}.json`
		);
		for (const area of areas) cpSync(`messages/${area}`, `${copy}/messages/${area}`, { recursive: true });
		mkdirSync(`${copy}/project.inlang`);
		writeFileSync(`${copy}/project.inlang/settings.json`, JSON.stringify(settings));
		writeFileSync(
			`${copy}/messages/survey_respond/es.json`,
			JSON.stringify({
				survey_respond_submit: 'Enviar',
				survey_respond_closes_on: 'Se aceptan respuestas hasta el {date}.'
			})
		);

		await compile({
			project: `${copy}/project.inlang`,
			outdir: `${copy}/paraglide`,
			strategy: ['cookie', 'preferredLanguage', 'baseLocale']
		});
		const m = (await import(
			/* @vite-ignore */ pathToFileURL(`${copy}/paraglide/messages.js`).href
		)) as Record<string, Message>;
		const es = { locale: 'es' };

		expect(m.survey_respond_submit({}, es)).toBe('Enviar');
		expect(m.survey_respond_closes_on({ date: '5 de mayo' }, es)).toBe(
			'Se aceptan respuestas hasta el 5 de mayo.'
		);
		expect(m.survey_respond_save({}, es)).toBe('Save and continue later');
		expect(m.app_name({}, es)).toBe(m.app_name({}, { locale: 'en' }));
		expect(m.survey_respond_submit({}, { locale: 'fr' })).toBe('Envoyer');
	}
);

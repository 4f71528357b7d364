// The edition a page or outline shows, from the address: ?edition=trainee, else the trainer's (all).
import type { Edition } from '#lib/curriculum/values.js';

export const editionAsked = (url: URL): Edition =>
	url.searchParams.get('edition') === 'trainee' ? 'trainee' : 'trainer';

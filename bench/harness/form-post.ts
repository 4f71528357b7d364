// A form post as scenarios send it (a string body, the status it must answer), sent once or counted.
import { countStatements } from './statements.js';

export type FormPost = {
	url: string;
	headers: Record<string, string>;
	body: () => string;
	/** Under load, the path of each request when it changes (read after its body). */
	path?: () => string;
	status: number;
};

export const urlEncoded = { 'content-type': 'application/x-www-form-urlencoded' };

export async function send(post: FormPost): Promise<void> {
	const body = post.body();
	// As under load: the request goes to the path its body chose, when the post has one.
	const url = post.path ? new URL(post.path(), post.url).href : post.url;
	const response = await fetch(url, { method: 'POST', headers: post.headers, body, redirect: 'manual' });
	await response.arrayBuffer();
	if (response.status !== post.status)
		throw new Error(`${url} answered ${response.status}, not ${post.status}`);
}

/** The most statements one request sent, of a few sent one by one after two untimed ones. */
export async function statementsPerRequest(post: FormPost, requests = 5): Promise<number> {
	for (let i = 0; i < 2; i++) await send(post);
	let most = 0;
	for (let i = 0; i < requests; i++)
		most = Math.max(most, (await countStatements(() => send(post))).statements);
	return most;
}

import { catalog, isTopicPage } from '../../lib/catalog.ts';

/** Every topic page's address in reading order: what overall progress counts. */
export async function topicAddresses(): Promise<string[]> {
	return (await catalog()).filter(isTopicPage).map((page) => page.href);
}

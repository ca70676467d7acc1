/** Small browser facts the search dialog needs, kept apart so site-search.ts stays about the dialog. */

/** Whether a key press is text going into a field (then `/` types a slash instead of opening search). */
export const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement &&
	(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Apple keyboards say ⌘. `navigator.platform` is deprecated but, unlike the user agent, not spoofed by devtools. */
export const isApple = () => /Mac|iPhone|iPod|iPad/i.test(navigator.platform);

/** Reads, or sets, a flag for this tab; storage can be off (privacy modes), which only costs a head start. */
export function sessionFlag(key: string, set = false): boolean {
	try {
		if (set) sessionStorage.setItem(key, '1');
		return sessionStorage.getItem(key) === '1';
	} catch {
		return false;
	}
}

/** Runs a task when the page has nothing better to do (Safari has no requestIdleCallback). */
export const whenIdle = (task: () => void) =>
	'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 1000);

import { test as base, expect, type Page } from '@playwright/test';

/** Signs a browser page in as the seeded demo owner, the way a newcomer does: one click. */
export async function signInAsDemo(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Open the demo workspace' }).click();
  await page.waitForURL('**/w/demo**');
}

/** A unique suffix so specs sharing one store never collide on names. */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

export const test = base.extend<{ signedIn: Page }>({
  signedIn: async ({ page }, use) => {
    await signInAsDemo(page);
    await use(page);
  },
});

export { expect };

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiSession, baseUrl, createContact, deleteGroupsNamed, findCollectivity } from './api';
import { openBrowser, signInThroughPage, type Browser } from './browser';

/**
 * A mailing to a country group's members in a real browser: composed with the group chosen in the
 * form, previewed (count and the message one member gets), sent, found in the embedded mail
 * catcher (the e2e server has no SMTP_URL), each recipient's status shown on its page.
 */
describe('a mailing to a country group in a real browser', () => {
  let browser: Browser;
  let admin: ApiSession;
  const run = Date.now().toString(36);
  const groupName = `Groupe-pays Sénégal ${run}`;
  const subject = `Invitation aux Rencontres ${run}`;
  const staff = { email: `staff-mailings-${run}@e2e.test`, password: `staff-password-${run}`, displayName: `Sam Envois ${run}` };

  beforeAll(async () => {
    browser = await openBrowser();
    admin = await ApiSession.asAdmin();
    await admin.createUser({ ...staff, role: 'STAFF' });
    await deleteGroupsNamed(admin, groupName);
    const rennes = await findCollectivity(admin, '35238');
    const group = await admin.graphql<{ createCountryGroup: { id: string } }>(
      'mutation ($input: CreateCountryGroupInput!) { createCountryGroup(input: $input) { id } }',
      { input: { name: groupName, countries: ['SN'] } },
    );
    await admin.graphql('mutation ($g: ID!, $c: [ID!]!) { addGroupMembers(groupId: $g, collectivityIds: $c) { id } }', {
      g: group.createCountryGroup.id,
      c: [rennes.id],
    });
    const position = {
      collectivityId: rennes.id,
      title: 'Adjointe aux relations internationales',
      kind: 'ELECTED' as const,
      startedOn: '2020-07-03',
    };
    for (const [firstName, email] of [
      ['Aminata', `aminata-${run}@rennes.example`],
      ['Bertrand', `bertrand-${run}@rennes.example`],
    ]) {
      const contact = await createContact(admin, {
        firstName,
        lastName: `Rennes-${run}`,
        email,
        position,
        confirmNotDuplicate: true,
      });
      await admin.graphql('mutation ($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }', {
        id: contact.id,
        input: { version: 1, consentStatus: 'GIVEN' },
      });
    }
    // not consenting: never a recipient
    await createContact(admin, {
      firstName: 'Claude',
      lastName: `Rennes-${run}`,
      email: `claude-${run}@rennes.example`,
      position,
      confirmNotDuplicate: true,
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('composes, previews, sends, and shows the mail caught and each recipient sent', async () => {
    const { page } = browser;
    await browser.withDiagnostics('mailings', async () => {
      await page.goto(`${baseUrl}/#/login`);
      await signInThroughPage(page, staff.email, staff.password);
      await page.getByRole('menuitem', { name: 'Envois' }).click();
      await page.waitForURL(/#\/mailings/);
      await page.locator('a[href="#/mailings/create"]').click();
      await page.getByRole('textbox', { name: 'Objet' }).fill(subject);
      await page
        .getByRole('textbox', { name: 'Message' })
        .fill('Bonjour {{contact.firstName}} !\n\n{{collectivity.name}} est invitée.');
      await page.getByRole('combobox', { name: 'Membres du groupe' }).fill('Sénégal');
      await page.getByRole('option', { name: groupName }).click();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.waitForURL(/#\/mailings\/[^/]+\/show$/);

      await page.getByTestId('attachment-input').setInputFiles({
        name: 'programme.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% programme des Rencontres'),
      });
      await page.getByTestId('mailing-attachments').getByRole('link', { name: 'programme.pdf' }).waitFor();

      await page.getByTestId('preview-count').getByText('2 destinataires').waitFor();
      await page.getByTestId('preview-subject').getByText(subject).waitFor();

      await page.getByRole('button', { name: "M'envoyer un test" }).click();
      await page.getByText(`Test envoyé à ${staff.email}`).waitFor();

      await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
      await page.getByText("L'envoi a commencé.").waitFor();
      // the page reads the mailing again while it is being sent
      await page.getByTestId('status-SENT').first().waitFor();
      const recipients = page.locator('tbody tr');
      await recipients
        .filter({ hasText: `aminata-${run}@rennes.example` })
        .getByText('Envoyé')
        .waitFor();
      await recipients
        .filter({ hasText: `bertrand-${run}@rennes.example` })
        .getByText('Envoyé')
        .waitFor();
      expect(await recipients.filter({ hasText: `claude-${run}` }).count()).toBe(0);

      const catcherLink = page.getByRole('link', { name: 'Courriels interceptés (aucun serveur SMTP configuré)' }).first();
      expect(await catcherLink.getAttribute('href')).toBe('/mail-catcher');
      await page.goto(`${baseUrl}/mail-catcher`);
      const caught = page.locator('tr', { hasText: subject });
      await caught.first().waitFor();
      // the two members, and the test to the sender, each with the file
      expect(await caught.count()).toBe(3);
      expect(await caught.filter({ hasText: 'programme.pdf' }).count()).toBe(3);
      expect(
        await caught
          .filter({ hasText: `[Test] ${subject}` })
          .filter({ hasText: staff.email })
          .count(),
      ).toBe(1);
      await caught
        .filter({ hasText: `aminata-${run}@rennes.example` })
        .getByRole('link')
        .click();
      await page.getByText('Bonjour Aminata\u202f!').waitFor();
    });
  });
});

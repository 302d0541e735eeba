import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { i18nProvider } from '../../i18n/i18nProvider';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { DeleteRowButton } from './DeleteRowButton';

const SESSION = { id: 's1', title: 'Quizz AICT (2e édition)' };

describe('DeleteRowButton', () => {
  it('deletes the row only once confirmed, naming it in French', async () => {
    const dataProvider = fakeDataProvider();
    render(
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        <DeleteRowButton resource="eventSessions" record={SESSION} translateOptions={{ title: SESSION.title }} />
      </AdminContext>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer' }));
    expect(await screen.findByText(/Quizz AICT \(2e édition\)/)).toBeTruthy();
    expect(dataProvider.delete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(dataProvider.delete).toHaveBeenCalledWith('eventSessions', { id: 's1', previousData: SESSION }));
  });
});

import { describe, expect, it, jest } from '@jest/globals';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, TextInput } from 'react-admin';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { i18nProvider } from '../../i18n/i18nProvider';
import { FormDialogButton } from './FormDialogButton';

describe('FormDialogButton', () => {
  it('opens its form from a table row without opening the row, submits the values and closes', async () => {
    const rowClicked = jest.fn();
    const onSubmit = jest.fn(async (_values: { reason: string }) => undefined);
    render(
      <AdminContext dataProvider={fakeDataProvider()} i18nProvider={i18nProvider}>
        <div role="row" onClick={rowClicked}>
          <FormDialogButton<{ reason: string }>
            buttonLabel="ra.action.delete"
            icon={<EventBusyIcon />}
            placement="row"
            title="ra.action.confirm"
            submitLabel="ra.action.confirm"
            onSubmit={onSubmit}
          >
            <TextInput source="reason" label="Motif" />
          </FormDialogButton>
        </div>
      </AdminContext>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer' }));
    const dialog = await screen.findByRole('dialog');
    expect(rowClicked).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Motif'), { target: { value: 'Saisie en double' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ reason: 'Saisie en double' }));
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    expect(rowClicked).not.toHaveBeenCalled();
  });
});

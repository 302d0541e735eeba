import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { Alert, Card, CardContent, Skeleton, Typography } from '@mui/material';
import { LETTERHEAD_IMAGE_MAX_BYTES, LETTERHEAD_LIMITS } from '@territoria/domain';
import { maxLength, SimpleForm, TextInput, Title, useNotify, useTranslate } from 'react-admin';
import type { OperationErrorBody } from '../../providers/operations';
import { useOperation, useRunOperation } from '../useOperation';
import { LetterheadImageInput } from './ImageInput';

type LetterheadImage = Fields<Api.LetterheadImage, 'contentType' | 'byteSize' | 'dataUrl'>;

export type Letterhead = Fields<Api.Letterhead, 'organisationName' | 'address' | 'signatory' | 'version'> & {
  logo: LetterheadImage | null;
  signature: LetterheadImage | null;
};

interface FormValues {
  organisationName: string;
  address: string;
  signatory: string | null;
  logo: string | null;
  signature: string | null;
}

const IMAGES = ['logo', 'signature'] as const;

/** What changed, as the API takes it: texts, and an image only when another was chosen or it was removed. */
export function letterheadInput(current: Letterhead, values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {
    version: current.version,
    organisationName: values.organisationName?.trim() ?? '',
    address: values.address?.trim() ?? '',
    signatory: values.signatory?.trim() || null,
  };
  for (const image of IMAGES) {
    if ((values[image] ?? null) !== (current[image]?.dataUrl ?? null)) input[image] = values[image] ?? null;
  }
  return input;
}

/**
 * The letterhead printed on dues calls and receipts (ADMIN): the association's name and
 * address, who signs, the logo and the signature.
 */
export const LetterheadPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const runOperation = useRunOperation();
  const { data, isPending, error, refetch } = useOperation<Letterhead>('letterhead', {});

  const save = async (values: Partial<FormValues>) => {
    if (!data) return;
    try {
      await runOperation('updateLetterhead', { input: letterheadInput(data, values as FormValues) });
      notify('letterhead.saved', { type: 'success' });
      await refetch();
      return undefined;
    } catch (refused) {
      const body = (refused as { body?: Partial<OperationErrorBody> }).body;
      const extensions = body?.extensions ?? {};
      const reason = typeof extensions.reason === 'string' ? extensions.reason : undefined;
      const field = body?.rawFields?.[0]?.field;
      if (reason?.startsWith('IMAGE_') && field) {
        const kb = (bytes: unknown) => Math.ceil(Number(bytes) / 1024);
        // returned to the form: shown under the image at fault
        return { [field]: translate(`letterhead.errors.${reason}`, { size: kb(extensions.size), limit: kb(extensions.limit) }) };
      }
      notify((refused as Error).message, { type: 'error' });
      return body?.errors;
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 900 }}>
      <Title title={translate('letterhead.title')} />
      <CardContent>
        <Typography variant="h5" component="h1">
          {translate('letterhead.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {translate('letterhead.intro')}
        </Typography>
        {error ? (
          <Alert severity="error">{(error as Error).message}</Alert>
        ) : isPending || !data ? (
          <Skeleton variant="rectangular" height={240} />
        ) : (
          <SimpleForm
            key={data.version}
            defaultValues={{
              organisationName: data.organisationName,
              address: data.address,
              signatory: data.signatory,
              logo: data.logo?.dataUrl ?? null,
              signature: data.signature?.dataUrl ?? null,
            }}
            onSubmit={save}
            sx={{ p: 0 }}
          >
            <TextInput
              source="organisationName"
              label="letterhead.fields.organisationName"
              validate={maxLength(LETTERHEAD_LIMITS.organisationName)}
              fullWidth
            />
            <TextInput
              source="address"
              label="letterhead.fields.address"
              validate={maxLength(LETTERHEAD_LIMITS.address)}
              multiline
              minRows={3}
              fullWidth
            />
            <TextInput
              source="signatory"
              label="letterhead.fields.signatory"
              validate={maxLength(LETTERHEAD_LIMITS.signatory)}
              fullWidth
            />
            <LetterheadImageInput source="logo" label="letterhead.fields.logo" />
            <LetterheadImageInput source="signature" label="letterhead.fields.signature" />
            <Typography variant="caption" color="text.secondary">
              {translate('letterhead.imageHint', { limit: Math.round(LETTERHEAD_IMAGE_MAX_BYTES / 1024) })}
            </Typography>
          </SimpleForm>
        )}
      </CardContent>
    </Card>
  );
};

export default LetterheadPage;

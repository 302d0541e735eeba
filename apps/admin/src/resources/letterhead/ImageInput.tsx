import { Box, Button, FormHelperText, Stack, Typography } from '@mui/material';
import { LETTERHEAD_IMAGE_MAX_BYTES, LETTERHEAD_IMAGE_TYPES } from '@territoria/domain';
import { useRef, useState, type ChangeEvent } from 'react';
import { useInput, useTranslate } from 'react-admin';

const KB = 1024;

/** Reads a file as a data URL (what the API takes). */
const readDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * A logo or a signature: its preview, a file to choose (PNG or JPEG, checked here before it is
 * sent, and by the API again), or none. The value is the image's data URL, or null.
 */
export const LetterheadImageInput = ({ source, label }: { source: 'logo' | 'signature'; label: string }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput<string | null>({ source });
  const fileRef = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const limit = Math.round(LETTERHEAD_IMAGE_MAX_BYTES / KB);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!(LETTERHEAD_IMAGE_TYPES as readonly string[]).includes(file.type)) {
      setRefusal(translate('letterhead.errors.IMAGE_TYPE_NOT_ALLOWED'));
      return;
    }
    if (file.size > LETTERHEAD_IMAGE_MAX_BYTES) {
      setRefusal(translate('letterhead.errors.IMAGE_TOO_LARGE', { size: Math.ceil(file.size / KB), limit }));
      return;
    }
    setRefusal(null);
    field.onChange(await readDataUrl(file));
  };

  const error = refusal ?? fieldState.error?.message;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle2">{translate(label)}</Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, mt: 1, flexWrap: 'wrap' }}>
        <Box
          sx={{
            width: 160,
            height: 80,
            border: 1,
            borderColor: 'divider',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          {field.value ? (
            <img src={field.value} alt={translate(label)} style={{ maxWidth: '100%', maxHeight: '100%' }} />
          ) : (
            <Typography variant="caption" color="text.secondary">
              {translate('letterhead.none')}
            </Typography>
          )}
        </Box>
        <Button variant="outlined" onClick={() => fileRef.current?.click()}>
          {translate('letterhead.choose')}
        </Button>
        {field.value && (
          <Button color="inherit" onClick={() => field.onChange(null)}>
            {translate('letterhead.remove')}
          </Button>
        )}
        <input
          ref={fileRef}
          type="file"
          hidden
          accept={LETTERHEAD_IMAGE_TYPES.join(',')}
          aria-label={translate(label)}
          onChange={(event) => void onFile(event)}
        />
      </Stack>
      <FormHelperText error={Boolean(error)}>{error ?? translate('letterhead.imageHint', { limit })}</FormHelperText>
    </Box>
  );
};

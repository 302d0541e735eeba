import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { CircularProgress } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { useDownload } from './useDownload';

/** A button that downloads one document (a PDF) and says why when it cannot. */
export const DownloadButton = ({
  url,
  fileName,
  label,
  labelOptions,
}: {
  url: string;
  fileName: string;
  label: string;
  labelOptions?: Record<string, unknown>;
}) => {
  const translate = useTranslate();
  const { download, busy } = useDownload();
  return (
    <Button
      label={translate(label, labelOptions)}
      disabled={busy}
      onClick={(event) => {
        // inside a row: the download only, not the row's own click
        event.stopPropagation();
        void download(url, fileName);
      }}
    >
      {busy ? <CircularProgress size={16} /> : <PictureAsPdfIcon />}
    </Button>
  );
};

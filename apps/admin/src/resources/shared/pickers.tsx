import type * as Api from '@territoria/client';
import type { Fields, Relation, Selected, SomeFields } from '../../providers/records';
import { useCallback, useMemo } from 'react';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  useLocaleState,
  useTranslate,
  type Validator,
} from 'react-admin';
import { countryChoices, countryName } from '../../i18n/countries';
import { useOperation } from '../useOperation';

/**
 * Pickers over the API's lists, searched on the server as one types: the network has ~36,000
 * collectivities, and contacts and groups grow too. Only a page of matches (PICKER_PAGE) is ever
 * loaded, never the whole list; the selected value is read by id.
 */
export const PICKER_PAGE = 25;

const searchFilter = (text: string) => ({ q: text });

type CollectivityOption = Fields<Api.Collectivity, 'id' | 'name'> &
  SomeFields<Api.Collectivity, 'kind' | 'inseeCode' | 'countryCode'> & {
    department?: (Selected<Api.Collectivity['department'], 'name'> & SomeFields<Api.Collectivity, 'inseeCode'>) | null;
  };

/** "Dijon (21231)", "Dijon Métropole (Métropole)", "Bamako (Mali)": names alone are ambiguous. */
export function useCollectivityOptionText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return useCallback(
    (record?: CollectivityOption | null) => {
      if (!record) return '';
      const detail =
        record.kind === 'FOREIGN_LOCAL_GOVERNMENT'
          ? countryName(record.countryCode, locale)
          : record.inseeCode || (record.kind ? translate(`territoria.kinds.${record.kind}`, { _: record.kind }) : '');
      return detail ? `${record.name} (${detail})` : record.name;
    },
    [translate, locale],
  );
}

interface PickerProps {
  source: string;
  label: string;
  helperText?: string | false;
  validate?: Validator | Validator[];
  /** Fixed filter of the search (e.g. kinds: ['FOREIGN_LOCAL_GOVERNMENT']). */
  filter?: Record<string, unknown>;
  alwaysOn?: boolean;
  sx?: object;
}

/**
 * A picker over one of the API's lists, searched on the server as one types (one record, or
 * several with `multiple`); only a page of matches is loaded, the selected values by id.
 */
function ServerSearchPicker<Option>({
  source,
  label,
  helperText,
  validate,
  filter,
  sx,
  reference,
  sort,
  optionText,
  multiple = false,
  width,
}: PickerProps & {
  reference: string;
  sort?: { field: string; order: 'ASC' | 'DESC' };
  optionText: (record?: Option | null) => string;
  multiple?: boolean;
  width: number;
}) {
  const common = { label, optionText, filterToQuery: searchFilter, helperText, validate, fullWidth: true };
  return multiple ? (
    <ReferenceArrayInput source={source} reference={reference} filter={filter} sort={sort} perPage={PICKER_PAGE}>
      <AutocompleteArrayInput {...common} />
    </ReferenceArrayInput>
  ) : (
    <ReferenceInput source={source} reference={reference} filter={filter} sort={sort} perPage={PICKER_PAGE}>
      <AutocompleteInput {...common} sx={sx ?? { minWidth: width }} />
    </ReferenceInput>
  );
}

const BY_RELEVANCE = { field: 'relevance', order: 'ASC' } as const;
const BY_NAME = { field: 'name', order: 'ASC' } as const;

/** Collectivities searched by name, INSEE code, SIREN or postal code, most relevant first. */
const CollectivityPicker = ({ multiple, ...props }: PickerProps & { multiple?: boolean }) => (
  <ServerSearchPicker
    {...props}
    reference="collectivities"
    sort={BY_RELEVANCE}
    optionText={useCollectivityOptionText()}
    width={280}
    multiple={multiple}
  />
);

/** One collectivity. */
export const CollectivityInput = (props: PickerProps) => <CollectivityPicker {...props} />;

/** Several collectivities at once (e.g. new members of a group). */
export const CollectivitiesInput = (props: PickerProps) => <CollectivityPicker {...props} multiple />;

type ContactOption = Fields<Api.Contact, 'id' | 'firstName' | 'lastName'> &
  SomeFields<Api.Contact, 'email'> & {
    positions?: (Fields<Api.Position, 'title' | 'current'> & {
      collectivity?: Selected<Api.Position['collectivity'], 'name'>;
    })[];
  };

/** "Jeanne Martin — Maire, Dijon": a name and what the person does today. */
export function contactOptionText(record?: ContactOption | null): string {
  if (!record) return '';
  const name = `${record.firstName} ${record.lastName}`.trim();
  const current = (record.positions ?? []).find((position) => position.current);
  if (current) return `${name} — ${current.title}${current.collectivity ? `, ${current.collectivity.name}` : ''}`;
  return record.email ? `${name} — ${record.email}` : name;
}

/** One contact, searched by name or email (e.g. filtered to the contacts of a group's members). */
export const ContactInput = (props: PickerProps) => (
  <ServerSearchPicker {...props} reference="contacts" sort={BY_NAME} optionText={contactOptionText} width={280} />
);

/** Several contacts at once (e.g. a session's speakers). */
export const ContactsInput = (props: PickerProps) => (
  <ServerSearchPicker {...props} reference="contacts" sort={BY_NAME} optionText={contactOptionText} width={280} multiple />
);

type GroupOption = Fields<Api.Group, 'id' | 'name' | 'kind'>;

/** One group of either kind: "Groupe-pays Mali (Groupe-pays)". */
export const GroupInput = (props: PickerProps) => {
  const translate = useTranslate();
  const optionText = useCallback(
    (record?: GroupOption | null) =>
      record ? `${record.name} (${translate(`territoria.groupKinds.${record.kind}`, { _: record.kind })})` : '',
    [translate],
  );
  return <ServerSearchPicker {...props} reference="groups" optionText={optionText} width={260} />;
};

/**
 * One value among choices few enough to load at once (countries, editions, partners), filtered
 * as one types; cleared, it is null rather than an empty string.
 */
export const LoadedChoicesInput = ({
  choices,
  isPending,
  width,
  source,
  label,
  helperText,
  validate,
  readOnly,
  sx,
}: Omit<PickerProps, 'filter' | 'alwaysOn'> & {
  choices: { id: string; name: string }[];
  isPending?: boolean;
  width: number;
  readOnly?: boolean;
}) => (
  <AutocompleteInput
    source={source}
    label={label}
    choices={choices}
    isPending={isPending}
    translateChoice={false}
    helperText={helperText}
    validate={validate}
    readOnly={readOnly}
    parse={(value: string | null) => value || null}
    sx={sx ?? { minWidth: width }}
  />
);

/** One country, named in the console's language (ISO code stored). */
export const CountryInput = ({ alwaysOn: _alwaysOn, filter: _filter, ...props }: PickerProps) => {
  const [locale] = useLocaleState();
  const choices = useMemo(() => countryChoices(locale), [locale]);
  return <LoadedChoicesInput {...props} choices={choices} width={240} />;
};

/** Several countries (a list filter). */
export const CountriesInput = ({ source, label, helperText, sx }: PickerProps) => {
  const [locale] = useLocaleState();
  const choices = useMemo(() => countryChoices(locale), [locale]);
  return (
    <AutocompleteArrayInput
      source={source}
      label={label}
      choices={choices}
      translateChoice={false}
      helperText={helperText}
      sx={sx ?? { minWidth: 220 }}
    />
  );
};

export type EventChoice = Fields<Api.Event, 'id' | 'title' | 'year' | 'editionNumber'>;

/** The editions, newest first: one a year, all loaded at once. */
export function useEventChoices() {
  const { data, isPending } = useOperation<Relation<Api.EventPage, 'nodes', EventChoice>>('eventChoices', {});
  const choices = useMemo(
    () =>
      (data?.nodes ?? []).map((event) => ({
        id: event.id,
        name: event.title.includes(String(event.year)) ? event.title : `${event.title} (${event.year})`,
      })),
    [data],
  );
  return { choices, isPending };
}

/** One edition of the Rencontres, by title. */
export const EventInput = ({ alwaysOn: _alwaysOn, filter: _filter, ...props }: PickerProps) => {
  const { choices, isPending } = useEventChoices();
  return <LoadedChoicesInput {...props} choices={choices} isPending={isPending} width={300} />;
};

import { keepPreviousData, skipToken, useQuery, type UseMutationResult } from '@tanstack/react-query';
import { serverErrorMessage, useTRPC } from '@zhijian/ui';
import { Alert, Button, Descriptions, Flex, Input, Spin, Typography } from 'antd';
import { type Dispatch } from 'react';
import { type FeedPreview, type SubmitResult } from '../../api/types';
import { isSpreadsheet } from '../../api/upload';
import { LoadError } from '../../components/load-error';
import { type LibraryTranslate, localized } from '../../i18n/translate';
import { useText } from '../../i18n/use-text';
import { type DeliverAction, type DeliverState, uploadedFile } from './deliver-state';
import { remapHeader } from './mapping';
import { PreviewTable } from './preview-table';
import { UploadProgress } from './upload-box';
import { type FeedRequest, feedRequest } from './feed-request';

type SubmitMutation = UseMutationResult<SubmitResult, unknown, FeedRequest>;

/** Step ② (and ③): the preview with its column mapping, then the confirmation that submits it. */
export function PreviewStep({ state, dispatch, submit }: { state: DeliverState; dispatch: Dispatch<DeliverAction>; submit: SubmitMutation }) {
  const { t } = useText();
  const trpc = useTRPC();
  const request = feedRequest(state);
  const preview = useQuery(
    trpc.feeds.preview.queryOptions(request ?? skipToken, {
      // A refused preview (unknown sheet, unreadable file) will not improve by asking again.
      retry: false,
      staleTime: Infinity,
      // Keep the table on screen while a changed mapping is previewed again.
      placeholderData: keepPreviousData,
    }),
  );
  const file = uploadedFile(state);
  if (!request || !file) return null;

  const data = preview.data;
  const stale = preview.isPlaceholderData || preview.isFetching;
  const blocked = !data || stale || data.missingRequired.length > 0 || preview.isError;

  return (
    <Flex vertical gap="middle">
      <UploadProgress upload={state.upload} />
      {data && <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} items={summaryItems(data, t)} />}
      {isSpreadsheet(file.fileName) && (
        <Flex align="center" gap="small" style={{ maxWidth: 560 }}>
          <Typography.Text style={{ whiteSpace: 'nowrap' }}>{t('preview.sheet')}</Typography.Text>
          <Input.Search
            key={data?.sheet ?? ''}
            placeholder={t('preview.sheetPlaceholder')}
            defaultValue={state.sheet ?? data?.sheet ?? ''}
            enterButton={t('preview.sheetApply')}
            onSearch={(value) => dispatch({ type: 'chooseSheet', sheet: value.trim() || undefined })}
            data-testid="preview-sheet"
          />
        </Flex>
      )}
      {preview.isError && <LoadError error={preview.error} onRetry={() => void preview.refetch()} />}
      {preview.isPending && <Spin />}
      {data && <MappingNotes preview={data} />}
      {data && (
        <PreviewTable
          preview={data}
          loading={stale}
          onRemap={(header, field) => {
            submit.reset();
            dispatch({ type: 'remap', mapping: remapHeader(data.headers, data.mapping, header, field) });
          }}
        />
      )}
      {submit.isError && (
        <Alert type="error" showIcon title={t('preview.submitFailed')} description={serverErrorMessage(submit.error, t('common.unreachable'))} data-testid="deliver-submit-error" />
      )}
      <Flex gap="small">
        <Button
          onClick={() => {
            submit.reset();
            dispatch({ type: 'back' });
          }}
        >
          {t('preview.back')}
        </Button>
        <Button type="primary" disabled={blocked} loading={submit.isPending} onClick={() => submit.mutate(request)} data-testid="preview-confirm">
          {t('preview.confirm')}
        </Button>
      </Flex>
    </Flex>
  );
}

function MappingNotes({ preview }: { preview: FeedPreview }) {
  const { t, locale } = useText();
  const label = (name: string) => {
    const field = preview.fields.find((f) => f.name === name);
    return field ? localized(field.label, locale) : name;
  };
  const failed = preview.rows.filter((row) => !row.ok).length;
  return (
    <>
      {preview.missingRequired.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="preview-missing-required"
          data-fields={preview.missingRequired.join(',')}
          title={t('preview.missingRequired', { fields: preview.missingRequired.map(label).join('、') })}
          description={t('preview.missingRequiredHint')}
        />
      )}
      <Typography.Text type="secondary">
        {t('preview.summary', { count: preview.rows.length, ok: preview.rows.length - failed, failed })}
        {preview.unmapped.length > 0 && ` ${t('preview.unmapped', { headers: preview.unmapped.join('、') })}`}
      </Typography.Text>
    </>
  );
}

function summaryItems(preview: FeedPreview, t: LibraryTranslate) {
  return [
    { key: 'format', label: t('preview.format'), children: [preview.format, preview.encoding].filter(Boolean).join(' · ') },
    ...(preview.sheet ? [{ key: 'sheet', label: t('preview.sheet'), children: preview.sheet }] : []),
    { key: 'headerRow', label: t('preview.headerRow'), children: String(preview.headerRowNumber) },
  ];
}

import type { Check } from './context.js';

/** File health: every file of a case opens, holds text, is not encrypted, duplicated or unrecognisable. */
export const filesCheck: Check = {
  id: 'files',
  run({ kase, emit, review }) {
    for (const file of kase.files) {
      // What the tool could not read, a person reads: every check that needed this file's text is open.
      if (!file.duplicateOf && (file.status === 'no-text' || file.status === 'unreadable' || file.status === 'encrypted')) {
        review({ check: 'files', rule: `file-${file.status}`, messageId: 'readByEye', data: { reason: file.reason ?? '' }, file: file.path });
      }
      const data = { file: file.path, reason: file.reason ?? '' };
      if (file.duplicateOf) emit({ rule: 'file-duplicate', messageId: 'duplicate', data: { file: file.path, original: file.duplicateOf }, file: file.path });
      else if (file.status === 'unreadable') emit({ rule: 'file-unreadable', messageId: 'unreadable', data, file: file.path });
      else if (file.status === 'encrypted') emit({ rule: 'file-encrypted', messageId: 'encrypted', data, file: file.path });
      else if (file.status === 'no-text') emit({ rule: 'file-no-text', messageId: 'noText', data, file: file.path });
      // Read by OCR: still a scan without a text layer (the archive wants a searchable copy), but read.
      else if (file.ocr) emit({ rule: 'file-no-text', messageId: 'readByOcr', data: { ...data, engine: file.ocr }, file: file.path });
      else if (file.status === 'unsupported') emit({ rule: 'file-unrecognized', messageId: 'unsupported', data, file: file.path });
      // One bad page of an otherwise readable file: the rest was read, the page is reported.
      for (const e of file.pageErrors) {
        emit({ rule: 'file-unreadable', messageId: 'page', data: { file: `${file.path}#page=${e.page}`, page: e.page, reason: e.reason }, file: file.path, page: e.page });
      }
    }
    for (const doc of kase.documents) {
      if (doc.type === 'other' && doc.by === 'none' && !doc.unread) {
        const key = doc.pages && doc.pages[0] > 1 ? `${doc.file}#page=${doc.pages[0]}` : doc.file;
        emit({ rule: 'file-unrecognized', messageId: 'unrecognized', data: { file: key }, file: doc.file, page: doc.pages?.[0] });
        review({ check: 'files', rule: 'file-unrecognized', messageId: 'unknownType', data: {}, file: doc.file, page: doc.pages?.[0] });
      }
    }
  },
};

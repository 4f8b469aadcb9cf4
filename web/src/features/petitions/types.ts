import type { z } from 'zod';
import type {
  PetitionDetail as DetailOut,
  PetitionPage as PageOut,
  PublicPetitionReceipt as ReceiptOut,
  PublicPetitionStatus as StatusOut,
  PublicRecipients as RecipientsOut,
} from '../../../../src/features/petitions/schema';

export type PetitionPage = z.output<typeof PageOut>;
export type PetitionItem = PetitionPage['items'][number];
export type PetitionDetail = z.output<typeof DetailOut>;
export type PetitionReceipt = z.output<typeof ReceiptOut>;
export type PetitionStatusOut = z.output<typeof StatusOut>;
export type PetitionRecipients = z.output<typeof RecipientsOut>;

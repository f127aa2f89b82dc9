/**
 * The items of the SAKIP evaluation sheet (LKE, annex of PermenPAN-RB 88/2021) that the add-in's
 * rules speak to, as data: number and wording. The annex itself was not available here; numbers
 * and wording are those of two independent copies of the LKE (e-SAKIP applications that carry it
 * as data), which agree, numbered as the issue numbers them (sub-components 1, 2, 3; other copies
 * write 1.a, 1.b, 1.c). README "Evaluasi AKIP (LKE)" cites them.
 */
export interface LkeButir {
  /** "1.2.5": component 1 (perencanaan kinerja), sub-component 2 (kualitas), item 5. */
  nomor: string;
  /** The item's wording, shortened where it is long. */
  bunyi: string;
}

export const LKE_BUTIR = {
  rumusanHasil: {
    nomor: "1.2.4",
    bunyi:
      "Kualitas rumusan hasil (tujuan/sasaran) telah jelas menggambarkan kondisi kinerja yang akan dicapai",
  },
  smart: {
    nomor: "1.2.5",
    bunyi: "Ukuran keberhasilan (indikator kinerja) telah memenuhi kriteria SMART",
  },
  ikuBerkelanjutan: {
    nomor: "1.2.6",
    bunyi:
      "IKU telah menggambarkan kondisi kinerja utama yang harus dicapai, tertuang secara berkelanjutan (tidak sering diganti dalam satu periode perencanaan strategis)",
  },
  targetMenantang: {
    nomor: "1.2.7",
    bunyi:
      "Target yang ditetapkan dalam perencanaan kinerja dapat dicapai (achievable), menantang, dan realistis",
  },
  cascading: {
    nomor: "1.2.8",
    bunyi:
      "Setiap dokumen perencanaan kinerja menggambarkan hubungan yang berkesinambungan serta selaras antara kondisi/hasil yang akan dicapai di setiap level jabatan (cascading)",
  },
  definisiOperasional: {
    nomor: "2.1.2",
    bunyi:
      "Terdapat definisi operasional yang jelas atas kinerja dan cara mengukur indikator kinerja",
  },
  pengumpulanData: {
    nomor: "2.1.3",
    bunyi: "Terdapat mekanisme yang jelas terhadap pengumpulan data kinerja yang dapat diandalkan",
  },
} as const satisfies Record<string, LkeButir>;

/** "Evaluasi AKIP menilai hal ini (LKE PermenPAN-RB 88/2021 butir 1.2.5)" for a rule's message. */
export function rujukanLke(...butir: LkeButir[]): string {
  return `Evaluasi AKIP menilai hal ini (LKE PermenPAN-RB 88/2021 butir ${butir
    .map((b) => b.nomor)
    .join(" dan ")})`;
}

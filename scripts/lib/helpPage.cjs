// help.html: the add-in's help page, shipped beside taskpane.html (manifest SupportUrl and
// LearnMoreUrl, and every function's @helpurl "help.html#fungsi-<nama>"). Rendered at build
// time from functions.json, so each function has its anchor and its text is the one Excel shows.

const escape = (s) =>
  String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** The anchor of a function's section: "fungsi-persen". */
function anchorOf(name) {
  return `fungsi-${String(name).toLowerCase()}`;
}

function signature(namespace, fn) {
  const params = (fn.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${namespace}.${fn.name}(${params.join("; ")})`;
}

function functionSection(namespace, fn, example) {
  const rows = (fn.parameters ?? [])
    .map((p) => `<tr><th scope="row"><code>${escape(p.name)}</code>${p.optional ? " (opsional)" : ""}</th><td>${escape(p.description)}</td></tr>`)
    .join("\n");
  return `<section id="${anchorOf(fn.name)}">
<h3>${escape(namespace)}.${escape(fn.name)}</h3>
<p>${escape(fn.description)}</p>
<p class="sintaks"><code>${escape(signature(namespace, fn))}</code></p>
${rows ? `<table><thead><tr><th>Parameter</th><th>Arti</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : ""}
${example ? `<p>Contoh: <code>${escape(example)}</code></p>` : ""}
</section>`;
}

/**
 * The page. `functions`: the entries of functions.json; `namespace`: the one of this build's
 * manifest (IKI, or IKIDEV for development); `examples`: optional map name -> example formula.
 */
function renderHelpPage(functions, namespace, examples = {}) {
  const list = functions
    .map((fn) => `<li><a href="#${anchorOf(fn.name)}">${escape(namespace)}.${escape(fn.name)}</a></li>`)
    .join("\n");
  const sections = functions.map((fn) => functionSection(namespace, fn, examples[fn.name])).join("\n");
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bantuan Asisten IKI</title>
<style>
body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:1rem;line-height:1.5;color:#242424}
code{background:#f3f3f3;padding:0 .2em;border-radius:3px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d1d1d1;padding:.3em .5em;text-align:left;vertical-align:top}
section{border-top:1px solid #e0e0e0;margin-top:1.5rem}
</style>
</head>
<body>
<h1>Bantuan Asisten IKI</h1>
<p>Asisten IKI membantu menyusun, menghitung dan memeriksa tabel Indikator Kinerja Individu (IKI) dan Indikator Kinerja Utama (IKU) Kabupaten Lumajang di Excel.</p>
<h2 id="panel">Membuka panel</h2>
<p>Di tab <b>Beranda (Home)</b>, klik tombol <b>Asisten IKI</b>. Panel di sisi kanan berisi:</p>
<ul>
<li><b>Templat</b>: menyisipkan tabel IKI standar untuk unit dan jabatan yang dipilih, di lembar baru atau di sel terpilih yang masih kosong (tidak ada data yang ditimpa).</li>
<li><b>Periksa</b>: memeriksa tabel IKI/IKU di lembar aktif atau seluruh buku kerja terhadap katalog: Penanggung Jawab dan Sumber Data kosong, rumus salah atau tidak lengkap, indikator tidak dikenal atau salah ketik. <b>Tandai</b> mewarnai sel yang bermasalah; <b>Hapus tanda</b> mengembalikan warna dan catatan semula.</li>
<li><b>Katalog</b>: katalog indikator yang dipakai (katalog bawaan, atau katalog yang disimpan di buku kerja ini).</li>
<li><b>Fungsi</b>: daftar fungsi sel di bawah ini, dengan tombol untuk menyisipkan contohnya.</li>
</ul>
<h2 id="fungsi">Fungsi sel</h2>
<p>Fungsi dipakai seperti fungsi Excel lain, dengan awalan <code>${escape(namespace)}.</code>. Pemisah argumen mengikuti pengaturan Excel Anda (titik koma <code>;</code> atau koma <code>,</code>).</p>
<ul>
${list}
</ul>
${sections}
<h2 id="skp">SKP dan e-Kinerja</h2>
<p>Di panel <b>Templat</b>, pilih <b>SKP</b>, unit dan jabatan (tanpa jabatan: SKP pimpinan unit, misalnya Camat, dengan kolom Perspektif), lalu <b>Sisipkan templat</b>. SKP disusun dari tabel IKI jabatan itu di buku kerja ini bila ada (target ikut terbawa), selain itu dari katalog. Sel bertanda kurung siku, misalnya <code>[target]</code> atau <code>[aspek]</code>, belum dapat diisi dari katalog: isi sendiri. <b>Rencana Aksi</b> menyusun satu baris per indikator dan triwulan.</p>
<p>e-Kinerja BKN tidak menyediakan impor berkas. Di bawah tombol Sisipkan, tiap baris SKP punya tombol <b>Salin untuk e-Kinerja</b>: isinya disalin ke papan klip, dipisah tab, dengan urutan formulir e-Kinerja (RHK pimpinan yang diintervensi, RHK, aspek, indikator, target; untuk JPT: perspektif lebih dahulu). Di formulir e-Kinerja, klik kotak isian pertama lalu tekan <b>Ctrl+V</b>; bila formulir tidak mengisi kotak berikutnya sendiri, tempel lalu hapus bagian yang tidak diperlukan, atau salin sel satu per satu dari lembar SKP.</p>
<h2 id="bantuan">Bila ada masalah</h2>
<p>Pesan kesalahan di panel menyebut apa yang terjadi dan apa yang dapat dilakukan. Bila masalah berulang, hubungi pengelola Asisten IKI di Pemerintah Kabupaten Lumajang dan sertakan pesan atau kodenya.</p>
</body>
</html>
`;
}

module.exports = { renderHelpPage, anchorOf };

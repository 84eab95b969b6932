<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BulkCustomerCommands</name>
    <message>
        <source>Delete 1 customer</source>
        <translation>Hapus 1 pelanggan</translation>
    </message>
    <message>
        <source>Delete %1 customers</source>
        <translation>Hapus %1 pelanggan</translation>
    </message>
    <message>
        <source>Assign 1 customer to %1</source>
        <translation>Tetapkan 1 pelanggan kepada %1</translation>
    </message>
    <message>
        <source>Assign %1 customers to %2</source>
        <translation>Tetapkan %1 pelanggan kepada %2</translation>
    </message>
    <message>
        <source>Add tag “%1” to 1 customer</source>
        <translation>Tambah tag “%1” ke 1 pelanggan</translation>
    </message>
    <message>
        <source>Add tag “%1” to %2 customers</source>
        <translation>Tambah tag “%1” ke %2 pelanggan</translation>
    </message>
    <message>
        <source>Remove tag “%1” from 1 customer</source>
        <translation>Hapus tag “%1” dari 1 pelanggan</translation>
    </message>
    <message>
        <source>Remove tag “%1” from %2 customers</source>
        <translation>Hapus tag “%1” dari %2 pelanggan</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The recovery code is not correct. Check it against the copy you stored; letters and digits are grouped exactly as shown when the workspace was created.</source>
        <translation>Kode pemulihan tidak benar. Cocokkan dengan salinan yang Anda simpan; huruf dan angka dikelompokkan persis seperti yang ditampilkan saat ruang kerja dibuat.</translation>
    </message>
    <message>
        <source>The password is not correct. Check Caps Lock, or use your recovery code.</source>
        <translation>Kata sandi tidak benar. Periksa Caps Lock, atau gunakan kode pemulihan Anda.</translation>
    </message>
    <message>
        <source>The key file (relasi.vault) is missing from this workspace folder. Restore the folder from a backup; without the key file the data cannot be opened.</source>
        <translation>Berkas kunci (relasi.vault) tidak ada di folder ruang kerja ini. Pulihkan folder dari cadangan; tanpa berkas kunci, data tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The key file (relasi.vault) is damaged or has been altered. Restore the folder from a backup. Nothing has been changed on disk.</source>
        <translation>Berkas kunci (relasi.vault) rusak atau telah diubah. Pulihkan folder dari cadangan. Tidak ada yang diubah di disk.</translation>
    </message>
    <message>
        <source>The database is damaged or has been tampered with, so Relasi refuses to open it. Restore the workspace from a backup. Nothing has been changed on disk.</source>
        <translation>Basis data rusak atau telah dimanipulasi, sehingga Relasi menolak membukanya. Pulihkan ruang kerja dari cadangan. Tidak ada yang diubah di disk.</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of Relasi. Install the latest version to open it; this version will not modify it.</source>
        <translation>Ruang kerja ini disimpan oleh Relasi versi yang lebih baru. Pasang versi terbaru untuk membukanya; versi ini tidak akan mengubahnya.</translation>
    </message>
    <message>
        <source>This workspace is already open in another Relasi window or by another program. Close it there first, then try again.</source>
        <translation>Ruang kerja ini sudah terbuka di jendela Relasi lain atau oleh program lain. Tutup di sana terlebih dahulu, lalu coba lagi.</translation>
    </message>
    <message>
        <source>No Relasi workspace was found in this folder. Choose the folder that contains relasi.db and relasi.vault.</source>
        <translation>Tidak ditemukan ruang kerja Relasi di folder ini. Pilih folder yang berisi relasi.db dan relasi.vault.</translation>
    </message>
    <message>
        <source>The workspace files could not be read or written. Check that the folder is available and that you have permission to use it.</source>
        <translation>Berkas ruang kerja tidak dapat dibaca atau ditulis. Pastikan folder tersedia dan Anda memiliki izin untuk menggunakannya.</translation>
    </message>
    <message>
        <source>The new password is not acceptable. Choose a longer password that is harder to guess.</source>
        <translation>Kata sandi baru tidak dapat diterima. Pilih kata sandi yang lebih panjang dan lebih sulit ditebak.</translation>
    </message>
    <message>
        <source>The workspace could not be opened because of an unexpected error.</source>
        <translation>Ruang kerja tidak dapat dibuka karena terjadi kesalahan yang tidak terduga.</translation>
    </message>
    <message>
        <source>The chosen folder is not empty or already holds a workspace. Go back and choose an empty or new folder.</source>
        <translation>Folder yang dipilih tidak kosong atau sudah berisi ruang kerja. Kembali dan pilih folder yang kosong atau baru.</translation>
    </message>
    <message>
        <source>The workspace could not be written to the chosen folder. Check that the disk has free space and that you may write there, or go back and choose another folder.</source>
        <translation>Ruang kerja tidak dapat ditulis ke folder yang dipilih. Pastikan disk masih memiliki ruang kosong dan Anda boleh menulis di sana, atau kembali dan pilih folder lain.</translation>
    </message>
    <message>
        <source>Some details were not accepted. Go back and check the highlighted values.</source>
        <translation>Beberapa data tidak diterima. Kembali dan periksa nilai yang ditandai.</translation>
    </message>
    <message>
        <source>The workspace could not be created because of an unexpected error. Go back and try again.</source>
        <translation>Ruang kerja tidak dapat dibuat karena terjadi kesalahan yang tidak terduga. Kembali dan coba lagi.</translation>
    </message>
</context>
<context>
    <name>PipelineErrors</name>
    <message>
        <source>You may not move “%1”: only its owner, a manager or the business owner can change its stage.</source>
        <translation>Anda tidak boleh memindahkan “%1”: hanya pemiliknya, manajer, atau pemilik usaha yang dapat mengubah tahapnya.</translation>
    </message>
    <message>
        <source>“%1” no longer exists; it may have been deleted.</source>
        <translation>“%1” sudah tidak ada; mungkin telah dihapus.</translation>
    </message>
    <message>
        <source>“%1” could not be moved to %2.</source>
        <translation>“%1” tidak dapat dipindahkan ke %2.</translation>
    </message>
    <message>
        <source>Moving “%1” to %2 failed.</source>
        <translation>Gagal memindahkan “%1” ke %2.</translation>
    </message>
    <message>
        <source>You may not create deals for this customer.</source>
        <translation>Anda tidak boleh membuat kesepakatan untuk pelanggan ini.</translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation>Pelanggan sudah tidak ada.</translation>
    </message>
    <message>
        <source>Please check the deal&apos;s details.</source>
        <translation>Periksa kembali rincian kesepakatan.</translation>
    </message>
    <message>
        <source>The deal could not be saved.</source>
        <translation>Kesepakatan tidak dapat disimpan.</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <source>Privacy notice (version %1)</source>
        <translation>Pemberitahuan privasi (versi %1)</translation>
    </message>
    <message>
        <source>Relasi is a customer-relationship tool that runs on your own computer. This notice explains, in plain words, what the software does with the information you put into it.</source>
        <translation>Relasi adalah alat pengelola hubungan pelanggan yang berjalan di komputer Anda sendiri. Pemberitahuan ini menjelaskan dengan bahasa sederhana apa yang dilakukan perangkat lunak ini terhadap informasi yang Anda masukkan.</translation>
    </message>
    <message>
        <source>What is stored, and where</source>
        <translation>Apa yang disimpan, dan di mana</translation>
    </message>
    <message>
        <source>Your account details (name, e-mail address, phone number), your business details, and the customer records, conversation logs, deals and payments you enter.</source>
        <translation>Data akun Anda (nama, alamat e-mail, nomor telepon), data usaha Anda, serta catatan pelanggan, log percakapan, transaksi penjualan, dan pembayaran yang Anda masukkan.</translation>
    </message>
    <message>
        <source>Everything is kept in a workspace folder on this computer, inside a database encrypted with SQLCipher. The key is protected by your password; without it the files cannot be read.</source>
        <translation>Semuanya disimpan dalam folder ruang kerja di komputer ini, di dalam basis data yang dienkripsi dengan SQLCipher. Kuncinya dilindungi oleh kata sandi Anda; tanpa kata sandi itu berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>A full payment card number is never stored.</source>
        <translation>Nomor kartu pembayaran lengkap tidak pernah disimpan.</translation>
    </message>
    <message>
        <source>What leaves this computer</source>
        <translation>Apa yang keluar dari komputer ini</translation>
    </message>
    <message>
        <source>Nothing, unless you set up synchronisation with a server and agree to it. Before any data is sent, Relasi shows you where it will go.</source>
        <translation>Tidak ada, kecuali Anda mengatur sinkronisasi dengan server dan menyetujuinya. Sebelum data apa pun dikirim, Relasi menunjukkan ke mana data itu akan dikirim.</translation>
    </message>
    <message>
        <source>Relasi does not track you, has no advertising and never sells data.</source>
        <translation>Relasi tidak melacak Anda, tidak memuat iklan, dan tidak pernah menjual data.</translation>
    </message>
    <message>
        <source>Usage statistics (which screens are used, for how long) are collected only if you switch them on in Settings. They stay off otherwise, and you can view and delete them.</source>
        <translation>Statistik penggunaan (layar mana yang dipakai, dan berapa lama) hanya dikumpulkan jika Anda mengaktifkannya di Pengaturan. Jika tidak, fitur ini tetap mati, dan Anda dapat melihat serta menghapus datanya.</translation>
    </message>
    <message>
        <source>How the data is protected</source>
        <translation>Bagaimana data dilindungi</translation>
    </message>
    <message>
        <source>Encryption at rest on this computer, and encrypted connections when sync is enabled.</source>
        <translation>Enkripsi data tersimpan di komputer ini, dan koneksi terenkripsi saat sinkronisasi diaktifkan.</translation>
    </message>
    <message>
        <source>Role-based access: owners, managers, sales staff and viewers each see and change only what their role allows.</source>
        <translation>Akses berbasis peran: pemilik, manajer, staf penjualan, dan pengamat masing-masing hanya dapat melihat dan mengubah apa yang diizinkan oleh perannya.</translation>
    </message>
    <message>
        <source>An audit trail records sign-ins, changes, exports and deletions, so misuse can be noticed.</source>
        <translation>Jejak audit mencatat proses masuk, perubahan, ekspor, dan penghapusan, sehingga penyalahgunaan dapat diketahui.</translation>
    </message>
    <message>
        <source>No system is perfectly secure. When something fails, Relasi tells you honestly instead of hiding it.</source>
        <translation>Tidak ada sistem yang aman sempurna. Jika terjadi kegagalan, Relasi memberi tahu Anda dengan jujur, bukan menyembunyikannya.</translation>
    </message>
    <message>
        <source>Rights of the people in your records</source>
        <translation>Hak orang-orang dalam catatan Anda</translation>
    </message>
    <message>
        <source>Relasi records each customer&apos;s consent per purpose and channel, and lets them withdraw it.</source>
        <translation>Relasi mencatat persetujuan setiap pelanggan per tujuan dan saluran, serta memungkinkan mereka menariknya kembali.</translation>
    </message>
    <message>
        <source>You can give a person access to their data, correct it, delete or anonymise it, and export a copy in a portable format.</source>
        <translation>Anda dapat memberikan akses kepada seseorang atas datanya, memperbaikinya, menghapus atau menganonimkannya, dan mengekspor salinannya dalam format yang mudah dipindahkan.</translation>
    </message>
    <message>
        <source>Data is kept only as long as it is needed or as the law requires; retention limits can be set, after which records are deleted or anonymised.</source>
        <translation>Data hanya disimpan selama diperlukan atau selama diwajibkan oleh hukum; batas masa simpan dapat diatur, dan setelahnya catatan dihapus atau dianonimkan.</translation>
    </message>
    <message>
        <source>Anyone may complain to the data-protection authority.</source>
        <translation>Siapa pun dapat mengajukan pengaduan kepada otoritas pelindungan data.</translation>
    </message>
    <message>
        <source>Who we are</source>
        <translation>Siapa kami</translation>
    </message>
    <message>
        <source>Relasi is made by a company based in Indonesia. Data is handled in line with Indonesia&apos;s Personal Data Protection Law (UU PDP No. 27/2022) and other applicable law.</source>
        <translation>Relasi dibuat oleh perusahaan yang berkedudukan di Indonesia. Data ditangani sesuai dengan Undang-Undang Pelindungan Data Pribadi (UU PDP No. 27/2022) dan hukum lain yang berlaku.</translation>
    </message>
    <message>
        <source>Relasi is not intended for people under 18 years of age.</source>
        <translation>Relasi tidak ditujukan untuk orang yang berusia di bawah 18 tahun.</translation>
    </message>
    <message>
        <source>If this notice changes in a significant way, the change is announced inside the app the next time you start it.</source>
        <translation>Jika pemberitahuan ini berubah secara signifikan, perubahannya diumumkan di dalam aplikasi saat Anda membukanya berikutnya.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Folder Berkas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih Semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>T&amp;urunkan</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Pastikan nama folder yang diberikan benar.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Pastikan nama berkas yang diberikan benar.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Beralih ke tampilan rinci</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Beralih ke tampilan daftar</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Cari Folder</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Cari di:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat Terkini</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah Sisi</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Masukkan nilai:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>Paling bawah</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Tepi kiri</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Satu halaman ke bawah</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Satu halaman ke kiri</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Satu halaman ke kanan</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Satu halaman ke atas</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Tepi kanan</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Gulir ke bawah</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Gulir ke sini</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Gulir ke kiri</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Gulir ke kanan</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Gulir ke atas</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Paling atas</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Gulir ke Kiri</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Gulir ke Kanan</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ulangi %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Urungkan %1</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Sisipkan karakter kontrol Unicode</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Lokasi Tautan</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>StageNames</name>
    <message>
        <source>Lead</source>
        <translation>Prospek awal</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negosiasi</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Gagal</translation>
    </message>
</context>
<context>
    <name>relasi::AboutDialog</name>
    <message>
        <source>About Relasi</source>
        <translation>Tentang Relasi</translation>
    </message>
    <message>
        <source>An encrypted, offline-first customer-relationship manager for small businesses.</source>
        <translation>Pengelola hubungan pelanggan terenkripsi yang mengutamakan kerja luring, untuk usaha kecil.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Dibuat dengan Qt %1.</translation>
    </message>
    <message>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL versi 3</translation>
    </message>
    <message>
        <source>BSD-style licence</source>
        <translation>Lisensi bergaya BSD</translation>
    </message>
    <message>
        <source>ISC licence</source>
        <translation>Lisensi ISC</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Lisensi Apache 2.0</translation>
    </message>
    <message>
        <source>MPL 1.1, GPL 2 or LGPL 2.1, at your choice</source>
        <translation>MPL 1.1, GPL 2, atau LGPL 2.1, sesuai pilihan Anda</translation>
    </message>
    <message>
        <source>Boost Software License 1.0 (used by the tests only, not shipped)</source>
        <translation>Boost Software License 1.0 (hanya dipakai oleh pengujian, tidak disertakan)</translation>
    </message>
    <message>
        <source>Relasi uses these libraries:</source>
        <translation>Relasi menggunakan pustaka berikut:</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Pemberitahuan privasi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>relasi::AddUserDialog</name>
    <message>
        <source>The new user gets a temporary password, shown once after this step. They choose their own password the first time they sign in.</source>
        <translation>Pengguna baru mendapat kata sandi sementara, yang ditampilkan sekali setelah langkah ini. Mereka memilih kata sandi sendiri saat pertama kali masuk.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nama@contoh.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Masukkan nama pengguna.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address; the user signs in with it.</source>
        <translation>Masukkan alamat email yang valid; pengguna masuk dengan alamat ini.</translation>
    </message>
</context>
<context>
    <name>relasi::AppController</name>
    <message>
        <source>The workspace was locked because nobody used it for a while.</source>
        <translation>Ruang kerja dikunci karena tidak digunakan selama beberapa waktu.</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Membuat ruang kerja demo…</translation>
    </message>
    <message>
        <source>Demo Owner</source>
        <translation>Pemilik Demo</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>Ruang kerja terkunci.</translation>
    </message>
    <message>
        <source>The privacy notice has changed</source>
        <translation>Pemberitahuan privasi telah berubah</translation>
    </message>
    <message>
        <source>Relasi&apos;s privacy notice has been updated. What changed:</source>
        <translation>Pemberitahuan privasi Relasi telah diperbarui. Yang berubah:</translation>
    </message>
</context>
<context>
    <name>relasi::AssignOwnerDialog</name>
    <message>
        <source>Assign owner</source>
        <translation>Tetapkan pemilik</translation>
    </message>
    <message>
        <source>Who should own the selected customer?</source>
        <translation>Siapa yang akan memiliki pelanggan yang dipilih?</translation>
    </message>
    <message>
        <source>Who should own the %1 selected customers?</source>
        <translation>Siapa yang akan memiliki %1 pelanggan yang dipilih?</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Pemilik baru</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Tetapkan</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Pemilik:</translation>
    </message>
</context>
<context>
    <name>relasi::AuditActionNames</name>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Dibagikan</translation>
    </message>
    <message>
        <source>Sharing stopped</source>
        <translation>Berbagi dihentikan</translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation>Tugas selesai</translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation>Tugas dibuka lagi</translation>
    </message>
    <message>
        <source>Moved to another stage</source>
        <translation>Dipindah ke tahap lain</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Data pribadi dihapus</translation>
    </message>
    <message>
        <source>Anonymized</source>
        <translation>Dianonimkan</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Akses ditolak</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Dikunci</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Pengguna ditambahkan</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Peran diubah</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Pengguna dinonaktifkan</translation>
    </message>
    <message>
        <source>Password change requirement set</source>
        <translation>Kewajiban ganti kata sandi diatur</translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation>Kode pemulihan diganti</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Persetujuan dicatat</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Persetujuan ditarik</translation>
    </message>
    <message>
        <source>Customer&apos;s data exported</source>
        <translation>Data pelanggan diekspor</translation>
    </message>
    <message>
        <source>Own data exported</source>
        <translation>Data sendiri diekspor</translation>
    </message>
    <message>
        <source>Workspace data exported</source>
        <translation>Data ruang kerja diekspor</translation>
    </message>
    <message>
        <source>Retention periods changed</source>
        <translation>Masa simpan diubah</translation>
    </message>
    <message>
        <source>Old data cleaned up</source>
        <translation>Data lama dibersihkan</translation>
    </message>
    <message>
        <source>Usage analytics turned on</source>
        <translation>Analitik penggunaan diaktifkan</translation>
    </message>
    <message>
        <source>Usage analytics turned off</source>
        <translation>Analitik penggunaan dimatikan</translation>
    </message>
    <message>
        <source>Usage data deleted</source>
        <translation>Data penggunaan dihapus</translation>
    </message>
    <message>
        <source>Legal hold placed</source>
        <translation>Penahanan hukum diterapkan</translation>
    </message>
    <message>
        <source>Legal hold lifted</source>
        <translation>Penahanan hukum dicabut</translation>
    </message>
    <message>
        <source>Database key exported</source>
        <translation>Kunci basis data diekspor</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation>Detail kontak</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Berbagi</translation>
    </message>
    <message>
        <source>Communication log</source>
        <translation>Log komunikasi</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Deal item</source>
        <translation>Item kesepakatan</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Ruang kerja</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Profil usaha</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Daftar email</translation>
    </message>
</context>
<context>
    <name>relasi::AuditPage</name>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>You may not read the audit log.</source>
        <translation>Anda tidak berhak membaca log audit.</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Log audit tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>(tidak ada yang masuk)</translation>
    </message>
    <message>
        <source>Entry #%1</source>
        <translation>Entri #%1</translation>
    </message>
    <message>
        <source>The audit log could not be checked: %1</source>
        <translation>Log audit tidak dapat diperiksa: %1</translation>
    </message>
    <message numerus="yes">
        <source>Integrity OK: all %n entries are intact and in order.</source>
        <translation>
            <numerusform>Integritas OK: semua %n entri utuh dan berurutan.</numerusform>
        </translation>
    </message>
    <message>
        <source>entry #%1 was changed after it was written</source>
        <translation>entri #%1 diubah setelah ditulis</translation>
    </message>
    <message>
        <source>entry #%1 is missing</source>
        <translation>entri #%1 hilang</translation>
    </message>
    <message>
        <source>entry #%1 is out of order</source>
        <translation>urutan entri #%1 tidak sesuai</translation>
    </message>
    <message>
        <source>entry #%1 does not fit the chain</source>
        <translation>entri #%1 tidak cocok dengan rantai</translation>
    </message>
    <message>
        <source>Integrity broken: %1. The log has been tampered with or damaged.</source>
        <translation>Integritas rusak: %1. Log telah diubah atau rusak.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>The audit log was not exported: %1</source>
        <translation>Log audit tidak diekspor: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entri diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Saring menurut pengguna</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Saring menurut tindakan</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>Filter by date range</source>
        <translation>Saring menurut rentang tanggal</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>&amp;Periksa integritas</translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation>Periksa integritas</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Ekspor ke CSV</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Muat entri lebih lama</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entri log audit</translation>
    </message>
</context>
<context>
    <name>relasi::BusinessDefaultsBox</name>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapura</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipina</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor Leste</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Belanda</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Amerika Serikat</translation>
    </message>
    <message>
        <source>IDR – Indonesian rupiah</source>
        <translation>IDR – Rupiah Indonesia</translation>
    </message>
    <message>
        <source>MYR – Malaysian ringgit</source>
        <translation>MYR – Ringgit Malaysia</translation>
    </message>
    <message>
        <source>SGD – Singapore dollar</source>
        <translation>SGD – Dolar Singapura</translation>
    </message>
    <message>
        <source>PHP – Philippine peso</source>
        <translation>PHP – Peso Filipina</translation>
    </message>
    <message>
        <source>THB – Thai baht</source>
        <translation>THB – Baht Thailand</translation>
    </message>
    <message>
        <source>VND – Vietnamese dong</source>
        <translation>VND – Dong Vietnam</translation>
    </message>
    <message>
        <source>AUD – Australian dollar</source>
        <translation>AUD – Dolar Australia</translation>
    </message>
    <message>
        <source>EUR – Euro</source>
        <translation>EUR – Euro</translation>
    </message>
    <message>
        <source>USD – US dollar</source>
        <translation>USD – Dolar AS</translation>
    </message>
    <message>
        <source>Business defaults</source>
        <translation>Bawaan usaha</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Ne&amp;gara bawaan:</translation>
    </message>
    <message>
        <source>Default c&amp;urrency:</source>
        <translation>&amp;Mata uang bawaan:</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Negara bawaan</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Mata uang bawaan</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this country; new deals start in this currency. They apply to everyone in this workspace.</source>
        <translation>Nomor telepon yang diketik tanpa kode negara dibaca sebagai nomor negara ini; kesepakatan baru memakai mata uang ini. Berlaku untuk semua orang di ruang kerja ini.</translation>
    </message>
    <message>
        <source>Only the workspace owner can change them.</source>
        <translation>Hanya pemilik ruang kerja yang dapat mengubahnya.</translation>
    </message>
</context>
<context>
    <name>relasi::BusinessPage</name>
    <message>
        <source>Choose a folder for the workspace</source>
        <translation>Pilih folder untuk ruang kerja</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapura</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipina</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor Leste</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Belanda</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Amerika Serikat</translation>
    </message>
    <message>
        <source>IDR – Indonesian rupiah</source>
        <translation>IDR – Rupiah Indonesia</translation>
    </message>
    <message>
        <source>MYR – Malaysian ringgit</source>
        <translation>MYR – Ringgit Malaysia</translation>
    </message>
    <message>
        <source>SGD – Singapore dollar</source>
        <translation>SGD – Dolar Singapura</translation>
    </message>
    <message>
        <source>PHP – Philippine peso</source>
        <translation>PHP – Peso Filipina</translation>
    </message>
    <message>
        <source>THB – Thai baht</source>
        <translation>THB – Baht Thailand</translation>
    </message>
    <message>
        <source>VND – Vietnamese dong</source>
        <translation>VND – Dong Vietnam</translation>
    </message>
    <message>
        <source>AUD – Australian dollar</source>
        <translation>AUD – Dolar Australia</translation>
    </message>
    <message>
        <source>EUR – Euro</source>
        <translation>EUR – Euro</translation>
    </message>
    <message>
        <source>USD – US dollar</source>
        <translation>USD – Dolar AS</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Usaha Anda</translation>
    </message>
    <message>
        <source>These details appear on quotes and exports. You can change them later in Settings.</source>
        <translation>Data ini muncul pada penawaran harga dan ekspor. Anda dapat mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>&amp;Buat ruang kerja</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Nama usaha:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Tax ID (NPWP):</source>
        <translation>N&amp;PWP:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ne&amp;gara:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>Workspace &amp;folder:</source>
        <translation>&amp;Folder ruang kerja:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Alamat usaha</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Mata uang bawaan</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Folder ruang kerja</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Pilih folder ruang kerja</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose an empty or new folder.</source>
        <translation>Folder ini tidak kosong. Pilih folder yang kosong atau baru.</translation>
    </message>
</context>
<context>
    <name>relasi::ChangePasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Pilih kata sandi Anda</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own password now; the temporary one stops working.</source>
        <translation>Anda masuk dengan kata sandi sementara. Pilih kata sandi Anda sendiri sekarang; kata sandi sementara tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Kata sandi sementara</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Kata sandi &amp;sementara:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Simpan kata sandi</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
    <message>
        <source>Choose a password different from the temporary one.</source>
        <translation>Pilih kata sandi yang berbeda dari kata sandi sementara.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Use at least %1 characters, for example a few unrelated words.</source>
        <translation>Kata sandi ini terlalu mudah ditebak. Gunakan paling sedikit %1 karakter, misalnya beberapa kata yang tidak berhubungan.</translation>
    </message>
    <message>
        <source>The temporary password is not right.</source>
        <translation>Kata sandi sementara salah.</translation>
    </message>
    <message>
        <source>Your password was changed, but this could not be recorded: %1</source>
        <translation>Kata sandi Anda sudah diganti, tetapi hal ini tidak dapat dicatat: %1</translation>
    </message>
</context>
<context>
    <name>relasi::ConfirmPasswordDialog</name>
    <message>
        <source>Your password</source>
        <translation>Kata sandi Anda</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>&amp;Kata sandi Anda:</translation>
    </message>
    <message>
        <source>To confirm it is you, enter the password you signed in with.</source>
        <translation>Untuk memastikan ini Anda, masukkan kata sandi yang Anda gunakan untuk masuk.</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Memeriksa kata sandi Anda…</translation>
    </message>
    <message>
        <source>Enter your password to confirm.</source>
        <translation>Masukkan kata sandi Anda untuk mengonfirmasi.</translation>
    </message>
    <message>
        <source>That password is not right. Try again.</source>
        <translation>Kata sandi salah. Coba lagi.</translation>
    </message>
</context>
<context>
    <name>relasi::CreateWorkspaceWizard</name>
    <message>
        <source>Create a workspace – Relasi</source>
        <translation>Buat ruang kerja – Relasi</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Continue &gt;</source>
        <translation>Lan&amp;jutkan &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>relasi::CreatingPage</name>
    <message>
        <source>Details: %1</source>
        <translation>Rincian: %1</translation>
    </message>
    <message>
        <source>Creating your workspace</source>
        <translation>Membuat ruang kerja Anda</translation>
    </message>
    <message>
        <source>Generating the encryption key, protecting it with your password and setting up the encrypted database. This takes a few seconds…</source>
        <translation>Membuat kunci enkripsi, melindunginya dengan kata sandi Anda, dan menyiapkan basis data terenkripsi. Ini memerlukan beberapa detik…</translation>
    </message>
    <message>
        <source>The workspace was not created.</source>
        <translation>Ruang kerja tidak dibuat.</translation>
    </message>
    <message>
        <source>The workspace has been created.</source>
        <translation>Ruang kerja telah dibuat.</translation>
    </message>
    <message>
        <source>Creating the workspace</source>
        <translation>Membuat ruang kerja</translation>
    </message>
    <message>
        <source>Everything happens on this computer; nothing is sent anywhere.</source>
        <translation>Semuanya berlangsung di komputer ini; tidak ada yang dikirim ke mana pun.</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerBulkActions</name>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Assigning owner…</source>
        <translation>Menetapkan pemilik…</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tambah tag</translation>
    </message>
    <message>
        <source>Tag to add to the selected customers:</source>
        <translation>Tag yang ditambahkan ke pelanggan yang dipilih:</translation>
    </message>
    <message>
        <source>Adding tag…</source>
        <translation>Menambahkan tag…</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Hapus tag</translation>
    </message>
    <message>
        <source>Tag to remove from the selected customers:</source>
        <translation>Tag yang dihapus dari pelanggan yang dipilih:</translation>
    </message>
    <message>
        <source>Removing tag…</source>
        <translation>Menghapus tag…</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Hapus pelanggan</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Hapus pelanggan</translation>
    </message>
    <message>
        <source>Delete the selected customer?</source>
        <translation>Hapus pelanggan yang dipilih?</translation>
    </message>
    <message>
        <source>Delete the %1 selected customers?</source>
        <translation>Hapus %1 pelanggan yang dipilih?</translation>
    </message>
    <message>
        <source>They disappear from the list and from search. You can undo this with Ctrl+Z.</source>
        <translation>Pelanggan akan hilang dari daftar dan pencarian. Anda dapat mengurungkannya dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Deleting customers…</source>
        <translation>Menghapus pelanggan…</translation>
    </message>
    <message>
        <source>You do not have permission for this: sales reps can change only their own customers, and only owners and managers can assign owners. Ask a manager for help.</source>
        <translation>Anda tidak berizin melakukan ini: tenaga penjual hanya dapat mengubah pelanggannya sendiri, dan hanya pemilik usaha dan manajer yang dapat menetapkan pemilik. Mintalah bantuan manajer.</translation>
    </message>
    <message>
        <source>The customer no longer exists here; it may have been deleted or given to someone else on another device.</source>
        <translation>Pelanggan ini sudah tidak ada di sini; mungkin telah dihapus atau diberikan kepada orang lain di perangkat lain.</translation>
    </message>
    <message>
        <source>A value was not accepted.</source>
        <translation>Ada nilai yang tidak diterima.</translation>
    </message>
    <message>
        <source>The customer changed in the meantime or is under legal hold. Try again.</source>
        <translation>Pelanggan ini telah berubah atau sedang ditahan karena alasan hukum. Coba lagi.</translation>
    </message>
    <message>
        <source>The workspace is locked. Unlock it and try again.</source>
        <translation>Ruang kerja terkunci. Buka kuncinya lalu coba lagi.</translation>
    </message>
    <message>
        <source>The change could not be saved. Try again; if it keeps failing, check the disk and the log.</source>
        <translation>Perubahan tidak dapat disimpan. Coba lagi; jika tetap gagal, periksa disk dan log.</translation>
    </message>
    <message>
        <source>The customer was not changed. %1</source>
        <translation>Pelanggan tidak diubah. %1</translation>
    </message>
    <message>
        <source>%1 of %2 customers were not changed. %3</source>
        <translation>%1 dari %2 pelanggan tidak diubah. %3</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerDealDialog</name>
    <message>
        <source>Lead</source>
        <translation>Prospek awal</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negosiasi</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Berhasil</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Kesepakatan baru</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Judul kesepakatan</translation>
    </message>
    <message>
        <source>e.g. 20 cartons of coffee for the new branch</source>
        <translation>mis. 20 karton kopi untuk cabang baru</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>Reason the deal was lost</source>
        <translation>Alasan kesepakatan gagal</translation>
    </message>
    <message>
        <source>Lost &amp;because:</source>
        <translation>Gagal &amp;karena:</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>Perkiraan &amp;selesai:</translation>
    </message>
    <message>
        <source>Has an expected close date</source>
        <translation>Memiliki perkiraan tanggal selesai</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Perkiraan tanggal selesai</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>Buat kesepakatan</translation>
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation>Beri judul kesepakatan.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as IDR or USD.</source>
        <translation>Mata uang harus berupa kode tiga huruf seperti IDR atau USD.</translation>
    </message>
    <message>
        <source>The amount is not a number in your locale&apos;s format (for example %1).</source>
        <translation>Nilai bukan angka dalam format lokal Anda (misalnya %1).</translation>
    </message>
    <message>
        <source>You are not allowed to add deals for this customer.</source>
        <translation>Anda tidak diizinkan menambah kesepakatan untuk pelanggan ini.</translation>
    </message>
    <message>
        <source>A lost deal needs the reason it was lost.</source>
        <translation>Kesepakatan yang gagal memerlukan alasan kegagalannya.</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Tidak dibuat: %1</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerDetailView</name>
    <message>
        <source>This customer has been deleted. Undo (Ctrl+Z) or restore it to make changes.</source>
        <translation>Pelanggan ini sudah dihapus. Urungkan (Ctrl+Z) atau pulihkan untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Read-only: you can see this customer but not change it. Ask the customer&apos;s owner or a manager for changes.</source>
        <translation>Hanya baca: Anda dapat melihat pelanggan ini tetapi tidak dapat mengubahnya. Minta pemilik pelanggan atau manajer untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The changes to %1 have not been saved.</source>
        <translation>Perubahan pada %1 belum disimpan.</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>pelanggan ini</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Simpan sebelum keluar?</translation>
    </message>
    <message>
        <source>Some fields are not valid yet: see the red hints.</source>
        <translation>Beberapa isian belum valid: lihat petunjuk berwarna merah.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Hapus pelanggan</translation>
    </message>
    <message>
        <source>Delete %1? Their communication log, deals and tasks stay in the history.</source>
        <translation>Hapus %1? Catatan komunikasi, kesepakatan, dan tugasnya tetap ada di riwayat.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Pelanggan baru</translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation>Pelanggan baru: %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (diubah)</translation>
    </message>
    <message>
        <source>You are not allowed to do this for this customer. Ask the customer&apos;s owner or a manager.</source>
        <translation>Anda tidak diizinkan melakukan ini untuk pelanggan ini. Hubungi pemilik pelanggan atau manajer.</translation>
    </message>
    <message>
        <source>This customer (or the company or owner chosen) no longer exists.</source>
        <translation>Pelanggan ini (atau perusahaan atau pemilik yang dipilih) sudah tidak ada.</translation>
    </message>
    <message>
        <source>Not saved: a value is not valid (%1).</source>
        <translation>Tidak disimpan: ada nilai yang tidak valid (%1).</translation>
    </message>
    <message>
        <source>Not saved: the customer was changed elsewhere. Reopen it and try again.</source>
        <translation>Tidak disimpan: pelanggan ini telah diubah di tempat lain. Buka kembali lalu coba lagi.</translation>
    </message>
    <message>
        <source>The customer could not be saved: %1</source>
        <translation>Pelanggan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Simpan pelanggan</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Simpan perubahan (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close customer</source>
        <translation>Tutup pelanggan</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Ringkasan</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Linimasa</translation>
    </message>
    <message>
        <source>Sa&amp;les</source>
        <translation>&amp;Penjualan</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Tugas</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>Pri&amp;vasi</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerEditCommands</name>
    <message>
        <source>Create customer %1</source>
        <translation>Buat pelanggan %1</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>Ubah pelanggan %1</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerFilterBar</name>
    <message>
        <source>Search results are ordered by relevance</source>
        <translation>Hasil pencarian diurutkan menurut relevansi</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Name, A to Z</source>
        <translation>Nama, A ke Z</translation>
    </message>
    <message>
        <source>Name, Z to A</source>
        <translation>Nama, Z ke A</translation>
    </message>
    <message>
        <source>Last contact, newest first</source>
        <translation>Kontak terakhir, terbaru dulu</translation>
    </message>
    <message>
        <source>Last contact, oldest first</source>
        <translation>Kontak terakhir, terlama dulu</translation>
    </message>
    <message>
        <source>Created, newest first</source>
        <translation>Dibuat, terbaru dulu</translation>
    </message>
    <message>
        <source>Created, oldest first</source>
        <translation>Dibuat, terlama dulu</translation>
    </message>
    <message>
        <source>Owner, A to Z</source>
        <translation>Pemilik, A ke Z</translation>
    </message>
    <message>
        <source>Owner, Z to A</source>
        <translation>Pemilik, Z ke A</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Siapa saja</translation>
    </message>
    <message>
        <source>Search customers (Ctrl+F)</source>
        <translation>Cari pelanggan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finds names, companies, phone numbers, e-mail addresses, cities, tags and notes</source>
        <translation>Mencari nama, perusahaan, nomor telepon, alamat e-mail, kota, tag, dan catatan</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter status</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Pemilik:</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filter pemilik</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filter tag</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Urutkan:</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Show every customer again</source>
        <translation>Tampilkan lagi semua pelanggan</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Kontak terakhir</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerListStatus</name>
    <message>
        <source>Showing the best %1 matches</source>
        <translation>Menampilkan %1 hasil teratas</translation>
    </message>
    <message>
        <source>1 matching customer</source>
        <translation>1 pelanggan yang cocok</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 pelanggan</translation>
    </message>
    <message>
        <source>%1 matching customers</source>
        <translation>%1 pelanggan yang cocok</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 pelanggan</translation>
    </message>
    <message>
        <source>%1 selected — bulk actions take at most %2 at a time</source>
        <translation>%1 dipilih — tindakan massal maksimal %2 sekaligus</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 dipilih</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Jumlah pelanggan</translation>
    </message>
    <message>
        <source>Number of selected customers</source>
        <translation>Jumlah pelanggan yang dipilih</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerOverviewTab</name>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Perorangan</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nama belakang</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nama perusahaan</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>Nama &amp;depan:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Nama &amp;belakang:</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nama perusahaan:</translation>
    </message>
    <message>
        <source>Works at company</source>
        <translation>Bekerja di perusahaan</translation>
    </message>
    <message>
        <source>Works &amp;at:</source>
        <translation>Bekerja &amp;di:</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Add &amp;contact point</source>
        <translation>Tambah &amp;kontak</translation>
    </message>
    <message>
        <source>Add contact point</source>
        <translation>Tambah kontak</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Add a&amp;ddress</source>
        <translation>Tambah &amp;alamat</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Tambah alamat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, reseller</source>
        <translation>Pisahkan dengan koma, mis. vip, reseller</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Pemilik:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospek awal</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Calon pelanggan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Where the customer came from</source>
        <translation>Dari mana pelanggan ini berasal</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>S&amp;umber:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(tanpa perusahaan)</translation>
    </message>
    <message>
        <source>(former user)</source>
        <translation>(mantan pengguna)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Contact kind</source>
        <translation>Jenis kontak</translation>
    </message>
    <message>
        <source>Contact value</source>
        <translation>Isi kontak</translation>
    </message>
    <message>
        <source>Label (work, home…)</source>
        <translation>Keterangan (kantor, rumah…)</translation>
    </message>
    <message>
        <source>Contact label</source>
        <translation>Keterangan kontak</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove contact point</source>
        <translation>Hapus kontak</translation>
    </message>
    <message>
        <source>Address label</source>
        <translation>Keterangan alamat</translation>
    </message>
    <message>
        <source>Label (office, home…)</source>
        <translation>Keterangan (kantor, rumah…)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Jalan dan nomor</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Province or region</source>
        <translation>Provinsi atau wilayah</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Kode negara</translation>
    </message>
    <message>
        <source>Country (ID)</source>
        <translation>Negara (ID)</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Hapus alamat</translation>
    </message>
    <message>
        <source>Enter a value or remove this row.</source>
        <translation>Isi nilainya atau hapus baris ini.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (for example name@example.com).</source>
        <translation>Ini bukan alamat email yang valid (misalnya nama@contoh.com).</translation>
    </message>
    <message>
        <source>This is not a valid phone number for %1. Start a foreign number with + and its country code.</source>
        <translation>Ini bukan nomor telepon yang valid untuk %1. Awali nomor luar negeri dengan + dan kode negaranya.</translation>
    </message>
    <message>
        <source>This is not a web address (for example example.com).</source>
        <translation>Ini bukan alamat web (misalnya contoh.com).</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Isi nama perusahaan.</translation>
    </message>
    <message>
        <source>Enter a given or family name.</source>
        <translation>Isi nama depan atau nama belakang.</translation>
    </message>
    <message>
        <source>The notes contain a payment card number. Card numbers are never stored: keep only the last four digits (%1).</source>
        <translation>Catatan berisi nomor kartu pembayaran. Nomor kartu tidak pernah disimpan: cantumkan hanya empat digit terakhir (%1).</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerPicker</name>
    <message>
        <source>Search customers</source>
        <translation>Cari pelanggan</translation>
    </message>
    <message>
        <source>Type a name, company, phone or e-mail</source>
        <translation>Ketik nama, perusahaan, telepon, atau email</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Pelanggan yang cocok</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerPrivacyTab</name>
    <message>
        <source>Marketing e-mails</source>
        <translation>Email pemasaran</translation>
    </message>
    <message>
        <source>Marketing by WhatsApp/SMS</source>
        <translation>Pemasaran lewat WhatsApp/SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Panggilan telepon</translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation>Profiling</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Kewajiban hukum</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Kepentingan yang sah</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>Kepentingan vital</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Tugas publik</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Catat persetujuan…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Catat persetujuan</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Tarik…</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Tarik persetujuan yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Export this person&apos;s data…</source>
        <translation>&amp;Ekspor data orang ini…</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Ekspor data orang ini</translation>
    </message>
    <message>
        <source>Erase / &amp;anonymize…</source>
        <translation>Hapus / &amp;anonimkan…</translation>
    </message>
    <message>
        <source>Erase or anonymize this person</source>
        <translation>Hapus atau anonimkan orang ini</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current consents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Persetujuan saat ini&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Current consents</source>
        <translation>Persetujuan saat ini</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; (every grant and withdrawal, oldest first)</source>
        <translation>&lt;b&gt;Riwayat&lt;/b&gt; (setiap pemberian dan penarikan, terlama di atas)</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Riwayat persetujuan</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Tarik persetujuan</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Tujuan:</translation>
    </message>
    <message>
        <source>Granted or withdrawn</source>
        <translation>Diberikan atau ditarik</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>How it was given or withdrawn</source>
        <translation>Cara diberikan atau ditarik</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Saluran:</translation>
    </message>
    <message>
        <source>&amp;Lawful basis:</source>
        <translation>&amp;Dasar hukum:</translation>
    </message>
    <message>
        <source>e.g. signed form at the shop, call on 3 May</source>
        <translation>mis. formulir bertanda tangan di toko, telepon 3 Mei</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;umber:</translation>
    </message>
    <message>
        <source>You are not allowed to record consents for this customer.</source>
        <translation>Anda tidak diizinkan mencatat persetujuan untuk pelanggan ini.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Tidak dicatat: %1</translation>
    </message>
    <message>
        <source>&amp;Legal hold</source>
        <translation>&amp;Penahanan hukum</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Penahanan hukum</translation>
    </message>
    <message>
        <source>While on, this customer&apos;s data cannot be erased or anonymized and retention rules skip it. Use it when the law or a dispute requires keeping the records; keep the reason in your case file.</source>
        <translation>Selama aktif, data pelanggan ini tidak dapat dihapus atau dianonimkan dan aturan penyimpanan data melewatinya. Gunakan bila hukum atau sengketa mengharuskan data disimpan; catat alasannya di berkas perkara Anda.</translation>
    </message>
    <message>
        <source>Save everything Relasi holds about this person as a zip (JSON, CSV and a readable page) to hand over on request.</source>
        <translation>Simpan semua data Relasi tentang orang ini sebagai zip (JSON, CSV, dan halaman yang mudah dibaca) untuk diserahkan atas permintaan.</translation>
    </message>
    <message>
        <source>Only the owner or a manager can export a person&apos;s data.</source>
        <translation>Hanya pemilik atau manajer yang dapat mengekspor data seseorang.</translation>
    </message>
    <message>
        <source>Delete or anonymize this person&apos;s data on their request.</source>
        <translation>Hapus atau anonimkan data orang ini atas permintaannya.</translation>
    </message>
    <message>
        <source>Only the workspace owner can erase or anonymize a customer.</source>
        <translation>Hanya pemilik ruang kerja yang dapat menghapus atau menganonimkan pelanggan.</translation>
    </message>
    <message>
        <source>Only the workspace owner can set or clear a legal hold.</source>
        <translation>Hanya pemilik ruang kerja yang dapat memasang atau mencabut penahanan hukum.</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Arsip zip (*.zip)</translation>
    </message>
    <message>
        <source>personal-data-%1.zip</source>
        <translation>data-pribadi-%1.zip</translation>
    </message>
    <message>
        <source>The export was not saved: %1</source>
        <translation>Ekspor tidak tersimpan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n files, %2 KB). Hand it to the person over a safe channel; it holds all their personal data.</source>
        <translation>
            <numerusform>Tersimpan %1 (%n berkas, %2 KB). Serahkan kepada orang tersebut melalui saluran yang aman; berkas ini berisi semua data pribadinya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer and all their data were erased.</source>
        <translation>Pelanggan dan semua datanya telah dihapus.</translation>
    </message>
    <message>
        <source>The customer was anonymized; deals and payments are kept without personal details.</source>
        <translation>Pelanggan telah dianonimkan; penjualan dan pembayaran disimpan tanpa detail pribadi.</translation>
    </message>
    <message>
        <source>The legal hold was not changed: %1</source>
        <translation>Penahanan hukum tidak diubah: %1</translation>
    </message>
    <message>
        <source>Legal hold is on: this customer&apos;s data cannot be erased or anonymized until it is cleared.</source>
        <translation>Penahanan hukum aktif: data pelanggan ini tidak dapat dihapus atau dianonimkan sampai penahanan dicabut.</translation>
    </message>
    <message>
        <source>Legal hold cleared.</source>
        <translation>Penahanan hukum dicabut.</translation>
    </message>
    <message>
        <source>Exporting this person&apos;s data…</source>
        <translation>Mengekspor data orang ini…</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerSalesTab</name>
    <message>
        <source>&amp;New deal…</source>
        <translation>Kesepakatan &amp;baru…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Kesepakatan baru</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Perkiraan selesai</translation>
    </message>
    <message>
        <source>The deals could not be read: %1</source>
        <translation>Kesepakatan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Terbuka: %1</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerTableProxy</name>
    <message>
        <source>Lead</source>
        <translation>Prospek awal</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Calon pelanggan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Kontak terakhir</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerTasksTab</name>
    <message>
        <source>Tasks for this customer</source>
        <translation>Tugas untuk pelanggan ini</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>Tugas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>jatuh tempo %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>No tasks for this customer. Log an interaction with a follow-up task to add one.</source>
        <translation>Belum ada tugas untuk pelanggan ini. Catat interaksi dengan tugas tindak lanjut untuk menambahkannya.</translation>
    </message>
    <message>
        <source>You are not allowed to change this task.</source>
        <translation>Anda tidak diizinkan mengubah tugas ini.</translation>
    </message>
    <message>
        <source>The task could not be changed: %1</source>
        <translation>Tugas tidak dapat diubah: %1</translation>
    </message>
</context>
<context>
    <name>relasi::CustomerTimelineTab</name>
    <message>
        <source>&amp;Log call, visit, WhatsApp…</source>
        <translation>&amp;Catat panggilan, kunjungan, WhatsApp…</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Catat interaksi</translation>
    </message>
    <message>
        <source>Log a call, visit, message or note (Ctrl+Shift+L)</source>
        <translation>Catat panggilan, kunjungan, pesan, atau catatan (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Communication log</source>
        <translation>Catatan komunikasi</translation>
    </message>
    <message>
        <source>Nothing logged yet. Log the first call or visit with Ctrl+Shift+L.</source>
        <translation>Belum ada catatan. Catat panggilan atau kunjungan pertama dengan Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Catat interaksi…</translation>
    </message>
</context>
<context>
    <name>relasi::CustomersEmptyState</name>
    <message>
        <source>No matching customers</source>
        <translation>Tidak ada pelanggan yang cocok</translation>
    </message>
    <message>
        <source>Try other words, or clear the filters to see every customer.</source>
        <translation>Coba kata lain, atau hapus filter untuk melihat semua pelanggan.</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Belum ada pelanggan</translation>
    </message>
    <message>
        <source>Import a CSV or add one.</source>
        <translation>Impor berkas CSV atau tambahkan satu.</translation>
    </message>
    <message>
        <source>Customers appear here once someone adds or imports them.</source>
        <translation>Pelanggan akan muncul di sini setelah seseorang menambahkan atau mengimpornya.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impor CSV…</translation>
    </message>
    <message>
        <source>Import customers from a CSV file</source>
        <translation>Impor pelanggan dari berkas CSV</translation>
    </message>
    <message>
        <source>&amp;Add customer</source>
        <translation>&amp;Tambah pelanggan</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>Tambah pelanggan</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Hapus filter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
</context>
<context>
    <name>relasi::CustomersPage</name>
    <message>
        <source>The customer list could not be read.</source>
        <translation>Daftar pelanggan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>Pelanggan &amp;baru</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Tambah pelanggan (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Buka pelanggan</translation>
    </message>
    <message>
        <source>&amp;Assign owner…</source>
        <translation>&amp;Tetapkan pemilik…</translation>
    </message>
    <message>
        <source>Give the selected customers another owner</source>
        <translation>Berikan pemilik lain kepada pelanggan yang dipilih</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Tambah &amp;tag…</translation>
    </message>
    <message>
        <source>Add a tag to the selected customers</source>
        <translation>Tambahkan tag ke pelanggan yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>&amp;Hapus tag…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected customers</source>
        <translation>Hapus tag dari pelanggan yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Hap&amp;us</translation>
    </message>
    <message>
        <source>Delete the selected customers (Delete)</source>
        <translation>Hapus pelanggan yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>&amp;Find customers</source>
        <translation>&amp;Cari pelanggan</translation>
    </message>
    <message>
        <source>← All customers</source>
        <translation>← Semua pelanggan</translation>
    </message>
    <message>
        <source>Back to the customer list (Alt+Left)</source>
        <translation>Kembali ke daftar pelanggan (Alt+Kiri)</translation>
    </message>
    <message>
        <source>Back to the customer list</source>
        <translation>Kembali ke daftar pelanggan</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Tindakan pelanggan</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Daftar pelanggan</translation>
    </message>
    <message>
        <source>Enter opens the selected customer; Delete deletes the selection</source>
        <translation>Enter membuka pelanggan yang dipilih; Delete menghapus pilihan</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>Daftar pengguna tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Urungkan %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ulangi %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Impor pelanggan</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>relasi::DashboardPage</name>
    <message>
        <source>Call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Pipeline value by stage</source>
        <translation>Nilai pipeline per tahap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Won revenue by month</source>
        <translation>Pendapatan menang per bulan</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Menang</translation>
    </message>
    <message>
        <source>Activities by channel, last 30 days</source>
        <translation>Aktivitas per saluran, 30 hari terakhir</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tugas terlambat</translation>
    </message>
    <message>
        <source>Number of overdue tasks</source>
        <translation>Jumlah tugas terlambat</translation>
    </message>
    <message>
        <source>Oldest overdue tasks</source>
        <translation>Tugas terlambat paling lama</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — jatuh tempo %2</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, jatuh tempo %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Tidak ada yang terlambat.</translation>
    </message>
    <message>
        <source>Some figures could not be computed: %1</source>
        <translation>Sebagian angka tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Memuat angka…</translation>
    </message>
    <message>
        <source>Dashboard loading</source>
        <translation>Dasbor sedang dimuat</translation>
    </message>
</context>
<context>
    <name>relasi::DealCloseDialog</name>
    <message>
        <source>Mark deal as lost</source>
        <translation>Tandai kesepakatan kalah</translation>
    </message>
    <message>
        <source>Mark deal as won</source>
        <translation>Tandai kesepakatan menang</translation>
    </message>
    <message>
        <source>Why was “%1” lost? The reason is kept with the deal.</source>
        <translation>Mengapa “%1” kalah? Alasannya disimpan bersama kesepakatan.</translation>
    </message>
    <message>
        <source>Mark “%1” as won? It is closed today.</source>
        <translation>Tandai “%1” sebagai menang? Kesepakatan ditutup hari ini.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>For example: price too high, chose a competitor, no budget</source>
        <translation>Misalnya: harga terlalu tinggi, memilih pesaing, tidak ada anggaran</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Tandai kalah</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>Tandai menang</translation>
    </message>
</context>
<context>
    <name>relasi::DealTableProxy</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Perkiraan selesai</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Peluang</translation>
    </message>
</context>
<context>
    <name>relasi::ErasureDialog</name>
    <message>
        <source>Customer record (name, notes, details)</source>
        <translation>Data pelanggan (nama, catatan, detail)</translation>
    </message>
    <message>
        <source>Phone numbers and e-mail addresses</source>
        <translation>Nomor telepon dan alamat e-mail</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Shares with colleagues</source>
        <translation>Berbagi dengan rekan kerja</translation>
    </message>
    <message>
        <source>Communication log entries</source>
        <translation>Catatan komunikasi</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Riwayat persetujuan</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Deal items</source>
        <translation>Item penjualan</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>People of this company (unlinked, not erased)</source>
        <translation>Orang di perusahaan ini (tautan dilepas, tidak dihapus)</translation>
    </message>
    <message>
        <source>Audit trail entries (ids and counts only)</source>
        <translation>Entri jejak audit (hanya ID dan jumlah)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Dianonimkan</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>Erase or anonymize a customer</source>
        <translation>Hapus atau anonimkan pelanggan</translation>
    </message>
    <message>
        <source>E&amp;rase everything about this person</source>
        <translation>&amp;Hapus semua data orang ini</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>A&amp;nonymize: keep deals and payments for the books</source>
        <translation>A&amp;nonimkan: simpan penjualan dan pembayaran untuk pembukuan</translation>
    </message>
    <message>
        <source>Anonymize</source>
        <translation>Anonimkan</translation>
    </message>
    <message>
        <source>What will happen to each kind of record</source>
        <translation>Apa yang terjadi pada tiap jenis data</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name or ERASE to confirm</source>
        <translation>Ketik nama pelanggan atau ERASE untuk mengonfirmasi</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asked to have their personal data removed. Choose how, check what will happen, then confirm. This cannot be undone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; meminta data pribadinya dihapus. Pilih caranya, periksa apa yang akan terjadi, lalu konfirmasi. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>This customer&apos;s data cannot be shown.</source>
        <translation>Data pelanggan ini tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <source>The customer stays as &quot;Anonymised customer&quot; with its status and dates; its deals, deal items and payments stay for bookkeeping without personal details. Everything else below is deleted.</source>
        <translation>Pelanggan tetap ada sebagai &quot;Anonymised customer&quot; dengan status dan tanggalnya; penjualan, item penjualan, dan pembayarannya disimpan untuk pembukuan tanpa detail pribadi. Semua yang lain di bawah ini dihapus.</translation>
    </message>
    <message>
        <source>The customer and everything that belongs to them are deleted, deals and payments included. Only the audit trail keeps that it happened (ids and counts, no personal values).</source>
        <translation>Pelanggan dan semua datanya dihapus, termasuk penjualan dan pembayaran. Hanya jejak audit yang mencatat bahwa hal ini terjadi (ID dan jumlah, tanpa data pribadi).</translation>
    </message>
    <message>
        <source>&amp;Anonymize</source>
        <translation>&amp;Anonimkan</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Only the workspace owner can erase or anonymize a customer.</source>
        <translation>Hanya pemilik ruang kerja yang dapat menghapus atau menganonimkan pelanggan.</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Pratinjau tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This customer is under legal hold.&lt;/b&gt; Nothing can be erased or anonymized while the hold is on. The owner clears the hold on the Privacy tab once the legal reason to keep the data has ended.</source>
        <translation>&lt;b&gt;Pelanggan ini sedang ditahan karena alasan hukum.&lt;/b&gt; Tidak ada yang dapat dihapus atau dianonimkan selama penahanan aktif. Pemilik mencabut penahanan di tab Privasi setelah alasan hukum untuk menyimpan data berakhir.</translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s name (&lt;b&gt;%1&lt;/b&gt;) or &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Untuk mengonfirmasi, ketik nama pelanggan (&lt;b&gt;%1&lt;/b&gt;) atau &lt;b&gt;%2&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Nothing was changed: the customer is under legal hold or was changed meanwhile. %1</source>
        <translation>Tidak ada yang diubah: pelanggan sedang ditahan karena alasan hukum atau telah diubah sementara itu. %1</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Tidak ada yang diubah: %1</translation>
    </message>
    <message>
        <source>Anonymizing… This takes a moment on a large workspace and cannot be interrupted.</source>
        <translation>Menganonimkan… Pada ruang kerja besar ini perlu waktu sebentar dan tidak dapat dihentikan.</translation>
    </message>
    <message>
        <source>Erasing… This takes a moment on a large workspace and cannot be interrupted.</source>
        <translation>Menghapus… Pada ruang kerja besar ini perlu waktu sebentar dan tidak dapat dihentikan.</translation>
    </message>
    <message>
        <source>Nothing was changed: the workspace was locked.</source>
        <translation>Tidak ada yang diubah: ruang kerja terkunci.</translation>
    </message>
</context>
<context>
    <name>relasi::ExportDialog</name>
    <message>
        <source>&amp;Protect against spreadsheet formulas</source>
        <translation>&amp;Lindungi dari rumus spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Yang diekspor</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Interaction logs</source>
        <translation>Catatan interaksi</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format berkas</translation>
    </message>
    <message>
        <source>CSV (spreadsheets, other programs)</source>
        <translation>CSV (spreadsheet, program lain)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <source>vCard (address books)</source>
        <translation>vCard (buku alamat)</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Enkode teks</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark (Excel)</source>
        <translation>UTF-8 dengan penanda urutan bita (Excel)</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Pemisah</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Koma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Titik koma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Protect against spreadsheet formulas</source>
        <translation>Lindungi dari rumus spreadsheet</translation>
    </message>
    <message>
        <source>Cells starting with = + - or @ get a &apos; in front so a spreadsheet does not run them.</source>
        <translation>Sel yang diawali = + - atau @ diberi &apos; di depannya agar spreadsheet tidak menjalankannya.</translation>
    </message>
    <message>
        <source>vCard version</source>
        <translation>Versi vCard</translation>
    </message>
    <message>
        <source>3.0 (most address books)</source>
        <translation>3.0 (sebagian besar buku alamat)</translation>
    </message>
    <message>
        <source>4.0</source>
        <translation>4.0</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Berkas tujuan</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Pilih lokasi penyimpanan</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Kemajuan ekspor</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>pelanggan</translation>
    </message>
    <message>
        <source>E&amp;xport:</source>
        <translation>E&amp;kspor:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>E&amp;nkode:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Pemisah:</translation>
    </message>
    <message>
        <source>&amp;vCard version:</source>
        <translation>Versi &amp;vCard:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Simpan ke:</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Berkas %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Pilih berkas tujuan.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Exporting… %1 records written</source>
        <translation>Mengekspor… %1 data ditulis</translation>
    </message>
    <message>
        <source>%1 records exported to %2.</source>
        <translation>%1 data diekspor ke %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Ekspor dibatalkan. Tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>You are not allowed to export records.</source>
        <translation>Anda tidak diizinkan mengekspor data.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Ekspor gagal: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>relasi::ImportDuplicatesPage</name>
    <message>
        <source>Same &amp;e-mail address</source>
        <translation>Alamat &amp;surel yang sama</translation>
    </message>
    <message>
        <source>Same &amp;phone number</source>
        <translation>Nomor &amp;telepon yang sama</translation>
    </message>
    <message>
        <source>Same e&amp;xternal ID (from the other system)</source>
        <translation>ID e&amp;ksternal yang sama (dari sistem lain)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>What Relasi does with a row that is a customer you already have, or repeats an earlier row.</source>
        <translation>Yang dilakukan Relasi terhadap baris berisi pelanggan yang sudah ada, atau yang mengulang baris sebelumnya.</translation>
    </message>
    <message>
        <source>A row is a duplicate when it has</source>
        <translation>Sebuah baris dianggap duplikat bila memiliki</translation>
    </message>
    <message>
        <source>&amp;Skip the row (keep the stored customer as it is)</source>
        <translation>Le&amp;wati baris (pelanggan tersimpan dibiarkan apa adanya)</translation>
    </message>
    <message>
        <source>&amp;Fill in only the stored customer&apos;s empty fields</source>
        <translation>&amp;Isi hanya kolom pelanggan tersimpan yang masih kosong</translation>
    </message>
    <message>
        <source>&amp;Overwrite the stored customer&apos;s fields with the file&apos;s values</source>
        <translation>Ti&amp;mpa kolom pelanggan tersimpan dengan nilai dari berkas</translation>
    </message>
    <message>
        <source>&amp;Create a new customer anyway</source>
        <translation>Tetap &amp;buat pelanggan baru</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Lalu</translation>
    </message>
    <message>
        <source>Tick at least one way to recognise a duplicate, or choose “Create a new customer anyway”.</source>
        <translation>Centang minimal satu cara mengenali duplikat, atau pilih “Tetap buat pelanggan baru”.</translation>
    </message>
    <message>
        <source>Same name and co&amp;mpany</source>
        <translation>Nama dan &amp;perusahaan yang sama</translation>
    </message>
</context>
<context>
    <name>relasi::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Pilih berkas</translation>
    </message>
    <message>
        <source>A CSV file (from a spreadsheet, Google Contacts, Outlook…) or a vCard file.</source>
        <translation>Berkas CSV (dari spreadsheet, Google Contacts, Outlook…) atau berkas vCard.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Berkas yang diimpor</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Lokasi berkas yang diimpor</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Cari berkas</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Tidak ada berkas di lokasi ini.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Ini folder, bukan berkas.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check its permissions.</source>
        <translation>Berkas ini tidak dapat dibaca. Periksa izin aksesnya.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Berkas ini kosong.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Impor pelanggan</translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Berkas CSV dan vCard (*.csv *.txt *.tsv *.vcf);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>relasi::ImportFormatPage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Koma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Titik koma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Garis tegak ( | )</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Check the file&apos;s format</source>
        <translation>Periksa format berkas</translation>
    </message>
    <message>
        <source>Relasi detected how the file is written. Change it if the preview looks wrong.</source>
        <translation>Relasi telah mendeteksi cara berkas ini ditulis. Ubah bila pratinjau tampak salah.</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Enkode teks</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Pemisah</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>Baris pertama berisi nama kolom</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Pratinjau baris-baris pertama</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Enkode:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Pemisah:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Pratinjau:</translation>
    </message>
    <message>
        <source>Detected: %1, %2, %3.</source>
        <translation>Terdeteksi: %1, %2, %3.</translation>
    </message>
    <message>
        <source>first row is a header</source>
        <translation>baris pertama adalah judul kolom</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>tanpa baris judul</translation>
    </message>
    <message>
        <source>This computer cannot read the encoding %1. Choose another one.</source>
        <translation>Komputer ini tidak dapat membaca enkode %1. Pilih yang lain.</translation>
    </message>
    <message>
        <source>Some characters are not valid in this encoding (shown as �). If names look garbled, try another encoding.</source>
        <translation>Beberapa karakter tidak valid dalam enkode ini (tampil sebagai �). Bila nama tampak kacau, coba enkode lain.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>No columns could be read with these settings.</source>
        <translation>Tidak ada kolom yang dapat dibaca dengan pengaturan ini.</translation>
    </message>
    <message>
        <source>&amp;The first row holds the column names</source>
        <translation>Baris pertama berisi nama &amp;kolom</translation>
    </message>
    <message>
        <source>Detected: a vCard file (%1). Its fields are matched automatically.</source>
        <translation>Terdeteksi: berkas vCard (%1). Kolomnya dicocokkan otomatis.</translation>
    </message>
</context>
<context>
    <name>relasi::ImportMappingPage</name>
    <message>
        <source>Don&apos;t import</source>
        <translation>Jangan impor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nama belakang</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Province / region</source>
        <translation>Provinsi / wilayah</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID eksternal</translation>
    </message>
    <message>
        <source>Created at (not stored)</source>
        <translation>Tanggal dibuat (tidak disimpan)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Cocokkan kolom</translation>
    </message>
    <message>
        <source>Choose the customer field each column goes into. Columns set to “Don&apos;t import” are left out.</source>
        <translation>Pilih kolom pelanggan untuk setiap kolom berkas. Kolom dengan “Jangan impor” dilewati.</translation>
    </message>
    <message>
        <source>Apply a saved mapping</source>
        <translation>Terapkan pemetaan tersimpan</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Pemetaan kolom</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Contoh nilai</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Impor sebagai</translation>
    </message>
    <message>
        <source>&amp;Saved mapping:</source>
        <translation>Pemetaan &amp;tersimpan:</translation>
    </message>
    <message>
        <source>(detected from the column names)</source>
        <translation>(dideteksi dari nama kolom)</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Impor kolom %1 sebagai</translation>
    </message>
    <message>
        <source>This column will not be imported.</source>
        <translation>Kolom ini tidak akan diimpor.</translation>
    </message>
    <message>
        <source>Every column will be imported.</source>
        <translation>Semua kolom akan diimpor.</translation>
    </message>
    <message>
        <source>The saved mapping “%1” could not be read.</source>
        <translation>Pemetaan tersimpan “%1” tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>Pilih kolom tujuan untuk minimal satu kolom.</translation>
    </message>
    <message>
        <source>A vCard file: names, e-mails, phones, addresses and the company are matched automatically.</source>
        <translation>Berkas vCard: nama, surel, telepon, alamat, dan perusahaan dicocokkan otomatis.</translation>
    </message>
    <message>
        <source>1 column will not be imported (highlighted).</source>
        <translation>1 kolom tidak akan diimpor (ditandai).</translation>
    </message>
    <message>
        <source>%1 columns will not be imported (highlighted).</source>
        <translation>%1 kolom tidak akan diimpor (ditandai).</translation>
    </message>
</context>
<context>
    <name>relasi::ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Batalkan impor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>Simpan baris yang &amp;ditolak…</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Urungkan impor</translation>
    </message>
    <message>
        <source>Save this &amp;mapping as…</source>
        <translation>Simpan &amp;pemetaan ini sebagai…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>Rows are checked and saved as they are read. Cancel puts everything back as it was.</source>
        <translation>Baris diperiksa dan disimpan saat dibaca. Batal mengembalikan semuanya seperti semula.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Kemajuan impor</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Urungkan impor</translation>
    </message>
    <message>
        <source>Save this mapping as</source>
        <translation>Simpan pemetaan ini sebagai</translation>
    </message>
    <message>
        <source>New customers created:</source>
        <translation>Pelanggan baru dibuat:</translation>
    </message>
    <message>
        <source>Stored customers updated:</source>
        <translation>Pelanggan tersimpan diperbarui:</translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation>Duplikat dilewati:</translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation>Baris ditolak:</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 baris, %2 baris/dtk</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>sisa sekitar %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>Import not done</source>
        <translation>Impor tidak dijalankan</translation>
    </message>
    <message>
        <source>Nothing was changed in the workspace.</source>
        <translation>Tidak ada yang diubah di ruang kerja.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Impor dibatalkan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>You are not allowed to import customers. Nothing was changed.</source>
        <translation>Anda tidak diizinkan mengimpor pelanggan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Impor gagal dan tidak ada yang diubah: %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>What the import did. You can still undo it.</source>
        <translation>Hasil impor. Anda masih dapat mengurungkannya.</translation>
    </message>
    <message>
        <source>%1 rows read.</source>
        <translation>%1 baris dibaca.</translation>
    </message>
    <message>
        <source>%1 rows read in %2 s.</source>
        <translation>%1 baris dibaca dalam %2 dtk.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-ditolak</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1. Correct them and import that file again.</source>
        <translation>Baris yang ditolak disimpan ke %1. Perbaiki, lalu impor berkas itu lagi.</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation>Baris yang ditolak tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>Impor tidak dapat diurungkan: %1</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Simpan pemetaan</translation>
    </message>
    <message>
        <source>Name for this mapping (e.g. the system the file comes from):</source>
        <translation>Nama pemetaan ini (mis. sistem asal berkas):</translation>
    </message>
    <message>
        <source>Mapping saved as “%1”. Choose it next time on the column page.</source>
        <translation>Pemetaan disimpan sebagai “%1”. Pilih di halaman kolom lain kali.</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>Pemetaan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Impor diurungkan</translation>
    </message>
    <message>
        <source>The workspace is back as it was before the import.</source>
        <translation>Ruang kerja kembali seperti sebelum impor.</translation>
    </message>
    <message>
        <source>Import undone: %1 customers removed, %2 restored.</source>
        <translation>Impor diurungkan: %1 pelanggan dihapus, %2 dipulihkan.</translation>
    </message>
    <message>
        <source>Import undone: %1 customers removed.</source>
        <translation>Impor diurungkan: %1 pelanggan dihapus.</translation>
    </message>
    <message>
        <source>Cancelling: putting everything back as it was…</source>
        <translation>Membatalkan: mengembalikan semuanya seperti semula…</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Unrecognised phones and websites kept in notes:</source>
        <translation>Telepon dan situs web tak dikenali yang disimpan di catatan:</translation>
    </message>
</context>
<context>
    <name>relasi::ImportValidationPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Periksa baris</translation>
    </message>
    <message>
        <source>A trial run over the first %1 rows. Nothing has been saved yet.</source>
        <translation>Uji coba atas %1 baris pertama. Belum ada yang disimpan.</translation>
    </message>
    <message>
        <source>Rows with their problems</source>
        <translation>Baris beserta masalahnya</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Berkas tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>These rows cannot be imported: %1</source>
        <translation>Baris-baris ini tidak dapat diimpor: %1</translation>
    </message>
    <message>
        <source>Of the first %1 rows: %2 new, %3 update stored customers, %4 duplicates skipped, %5 with problems (highlighted; they will not be imported).</source>
        <translation>Dari %1 baris pertama: %2 baru, %3 memperbarui pelanggan tersimpan, %4 duplikat dilewati, %5 bermasalah (ditandai; tidak akan diimpor).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>relasi::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Impor pelanggan</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Impor pelanggan…</translation>
    </message>
</context>
<context>
    <name>relasi::LogInteractionDialog</name>
    <message>
        <source>Call</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Catat interaksi</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Saluran:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Arah:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Waktu:</translation>
    </message>
    <message>
        <source>Duration (hours, minutes, seconds)</source>
        <translation>Durasi (jam, menit, detik)</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>&amp;Mulai penghitung waktu</translation>
    </message>
    <message>
        <source>Start or stop the call timer</source>
        <translation>Mulai atau hentikan penghitung waktu panggilan</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urasi:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Pe&amp;rihal:</translation>
    </message>
    <message>
        <source>Notes of the conversation</source>
        <translation>Catatan percakapan</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>e.g. interested, call back, no answer</source>
        <translation>mis. tertarik, telepon kembali, tidak diangkat</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Hasil:</translation>
    </message>
    <message>
        <source>Create a &amp;follow-up task</source>
        <translation>Buat tugas &amp;tindak lanjut</translation>
    </message>
    <message>
        <source>Create a follow-up task</source>
        <translation>Buat tugas tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-up task title</source>
        <translation>Judul tugas tindak lanjut</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>T&amp;ugas:</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Jatuh tempo tindak lanjut</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Jatuh tempo:</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Tindak lanjut: %1</translation>
    </message>
    <message>
        <source>&amp;Stop timer</source>
        <translation>&amp;Hentikan penghitung waktu</translation>
    </message>
    <message>
        <source>Give the follow-up task a title, or untick &quot;Create a follow-up task&quot;.</source>
        <translation>Beri judul tugas tindak lanjut, atau hapus centang &quot;Buat tugas tindak lanjut&quot;.</translation>
    </message>
    <message>
        <source>Not saved: the text contains a payment card number. Card numbers are never stored; write only the last four digits (for example &quot;card ending %1&quot;).</source>
        <translation>Tidak disimpan: teks berisi nomor kartu pembayaran. Nomor kartu tidak pernah disimpan; tulis hanya empat digit terakhir (misalnya &quot;kartu berakhiran %1&quot;).</translation>
    </message>
    <message>
        <source>You are not allowed to log interactions for this customer.</source>
        <translation>Anda tidak diizinkan mencatat interaksi untuk pelanggan ini.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Pelanggan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <source>The interaction was logged, but the follow-up task was not created: %1</source>
        <translation>Interaksi sudah dicatat, tetapi tugas tindak lanjut tidak dibuat: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>relasi::MainWindow</name>
    <message>
        <source>%1 (demo) – Relasi</source>
        <translation>%1 (demo) – Relasi</translation>
    </message>
    <message>
        <source>%1 – Relasi</source>
        <translation>%1 – Relasi</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>Lock the workspace (Ctrl+L)</source>
        <translation>Kunci ruang kerja (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;About Relasi</source>
        <translation>&amp;Tentang Relasi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Saluran penjualan</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Belum ada data untuk grafik</translation>
    </message>
    <message>
        <source>Your pipeline, revenue and activities appear here once you add customers and deals.</source>
        <translation>Saluran penjualan, pendapatan, dan aktivitas Anda muncul di sini setelah Anda menambahkan pelanggan dan transaksi.</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Belum ada pelanggan</translation>
    </message>
    <message>
        <source>Import a CSV file or add your first customer.</source>
        <translation>Impor berkas CSV atau tambahkan pelanggan pertama Anda.</translation>
    </message>
    <message>
        <source>No deals yet</source>
        <translation>Belum ada transaksi</translation>
    </message>
    <message>
        <source>Deals you create for your customers are shown here by stage.</source>
        <translation>Transaksi yang Anda buat untuk pelanggan ditampilkan di sini per tahap.</translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation>Belum ada tugas</translation>
    </message>
    <message>
        <source>Follow-ups and reminders you plan will be listed here by due date.</source>
        <translation>Tindak lanjut dan pengingat yang Anda rencanakan akan tercantum di sini menurut tenggat waktu.</translation>
    </message>
    <message>
        <source>Workspace: %1 (demo)</source>
        <translation>Ruang kerja: %1 (demo)</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Ruang kerja: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Masuk sebagai %1</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Tidak terkunci</translation>
    </message>
    <message>
        <source>The workspace locks itself after a period of inactivity (see Settings).</source>
        <translation>Ruang kerja terkunci sendiri setelah tidak digunakan selama beberapa waktu (lihat Pengaturan).</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>Synchronisation is not set up: all data stays on this computer.</source>
        <translation>Sinkronisasi belum diatur: semua data tetap berada di komputer ini.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>The people who work in this workspace and their roles.</source>
        <translation>Orang-orang yang bekerja di ruang kerja ini beserta perannya.</translation>
    </message>
    <message>
        <source>Every action taken in this workspace, in order.</source>
        <translation>Setiap tindakan di ruang kerja ini, sesuai urutan.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Masuk sebagai %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Belum masuk: %1</translation>
    </message>
</context>
<context>
    <name>relasi::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Tutup pesan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
</context>
<context>
    <name>relasi::NewDealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Kesepakatan baru</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>For example: 20 office chairs</source>
        <translation>Misalnya: 20 kursi kantor</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Pelanggan:</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Nilai dalam %1</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Nilai (%1):</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation>Perkiraan &amp;selesai:</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Perkiraan tanggal selesai</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>Buat kesepakatan</translation>
    </message>
    <message>
        <source>The amount “%1” is not a valid amount in %2 (example: %3).</source>
        <translation>“%1” bukan nilai yang sah dalam %2 (contoh: %3).</translation>
    </message>
</context>
<context>
    <name>relasi::NewTaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Tugas baru</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>e.g. Call back about the quotation</source>
        <translation>mis. Telepon balik soal penawaran harga</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Optional: type a name or phone number</source>
        <translation>Opsional: ketik nama atau nomor telepon</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Pelanggan yang cocok</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the customer</source>
        <translation>Hapus pelanggan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Punya tenggat</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Tanggal dan jam tenggat</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Pelanggan:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Penanggung &amp;jawab:</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Tambah tugas</translation>
    </message>
    <message>
        <source>No customer found</source>
        <translation>Tidak ada pelanggan yang ditemukan</translation>
    </message>
    <message>
        <source>You may not add this task (for this customer or for this person).</source>
        <translation>Anda tidak berhak menambahkan tugas ini (untuk pelanggan atau orang ini).</translation>
    </message>
    <message>
        <source>The task cannot be saved: %1</source>
        <translation>Tugas tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>The task could not be saved. %1</source>
        <translation>Tugas tidak dapat disimpan. %1</translation>
    </message>
</context>
<context>
    <name>relasi::OneTimeSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Salin ke papan klip</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>relasi::OwnerPage</name>
    <message>
        <source>About you</source>
        <translation>Tentang Anda</translation>
    </message>
    <message>
        <source>You will be the owner of this workspace. Your e-mail address is also your sign-in name.</source>
        <translation>Anda akan menjadi pemilik ruang kerja ini. Alamat e-mail Anda juga menjadi nama untuk masuk.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation>Tele&amp;pon (opsional):</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nama pemilik</translation>
    </message>
    <message>
        <source>Owner e-mail address</source>
        <translation>Alamat e-mail pemilik</translation>
    </message>
    <message>
        <source>Owner phone number</source>
        <translation>Nomor telepon pemilik</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nama@contoh.co.id</translation>
    </message>
    <message>
        <source>+62 812 3456 7890</source>
        <translation>+62 812 3456 7890</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Ini tidak terlihat seperti alamat e-mail.</translation>
    </message>
</context>
<context>
    <name>relasi::PasswordLineEdit</name>
    <message>
        <source>Hide password</source>
        <translation>Sembunyikan kata sandi</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Tampilkan kata sandi</translation>
    </message>
    <message>
        <source>%1 (Alt+V)</source>
        <translation>%1 (Alt+V)</translation>
    </message>
</context>
<context>
    <name>relasi::PasswordPage</name>
    <message>
        <source>Choose a password</source>
        <translation>Pilih kata sandi</translation>
    </message>
    <message>
        <source>The password protects the key that encrypts all data in this workspace.</source>
        <translation>Kata sandi melindungi kunci yang mengenkripsi semua data di ruang kerja ini.</translation>
    </message>
    <message>
        <source>Nobody can reset this password for you. If you forget it, only the recovery code shown at the end of this wizard can open the workspace.</source>
        <translation>Tidak ada yang dapat mengatur ulang kata sandi ini untuk Anda. Jika Anda lupa, hanya kode pemulihan yang ditampilkan di akhir panduan ini yang dapat membuka ruang kerja.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>relasi::PasswordStrengthMeter</name>
    <message>
        <source>Use a long passphrase: four or more unrelated words, or 12+ mixed characters.</source>
        <translation>Gunakan frasa sandi yang panjang: empat kata atau lebih yang tidak saling berkaitan, atau 12+ karakter campuran.</translation>
    </message>
    <message>
        <source>Too weak: easy to guess. Make it longer and avoid names, dates and common words.</source>
        <translation>Terlalu lemah: mudah ditebak. Buat lebih panjang dan hindari nama, tanggal, serta kata umum.</translation>
    </message>
    <message>
        <source>Not strong enough yet: add another word or a few more characters.</source>
        <translation>Belum cukup kuat: tambahkan satu kata lagi atau beberapa karakter.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Sangat kuat.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Cukup kuat.</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Kekuatan kata sandi</translation>
    </message>
</context>
<context>
    <name>relasi::PipelineColumn</name>
    <message>
        <source>1 deal · %1</source>
        <translation>1 kesepakatan · %1</translation>
    </message>
    <message>
        <source>%1 deals · %2</source>
        <translation>%1 kesepakatan · %2</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation>Kesepakatan %1</translation>
    </message>
    <message>
        <source>Show more (%1 not shown)</source>
        <translation>Tampilkan lagi (%1 belum ditampilkan)</translation>
    </message>
    <message>
        <source>Show more %1 deals</source>
        <translation>Tampilkan lebih banyak kesepakatan %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
</context>
<context>
    <name>relasi::PipelineDealTable</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Perkiraan selesai</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Peluang</translation>
    </message>
</context>
<context>
    <name>relasi::PipelineModel</name>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>relasi::PipelinePage</name>
    <message>
        <source>&amp;New deal…</source>
        <translation>Kesepakatan &amp;baru…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Kesepakatan baru</translation>
    </message>
    <message>
        <source>Create a deal for a customer (%1)</source>
        <translation>Buat kesepakatan untuk pelanggan (%1)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Pemilik:</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Saring menurut pemilik</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>Perkiraan &amp;selesai:</translation>
    </message>
    <message>
        <source>Filter by expected close</source>
        <translation>Saring menurut perkiraan selesai</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Kuartal ini</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Switch between the board and a sortable table (Ctrl+T)</source>
        <translation>Beralih antara papan dan tabel yang dapat diurutkan (Ctrl+T)</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>Pindahkan ke tahap berikutnya</translation>
    </message>
    <message>
        <source>Move to previous stage</source>
        <translation>Pindahkan ke tahap sebelumnya</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Semua pemilik</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>Kesepakatan saya</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Papan</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Show as board</source>
        <translation>Tampilkan sebagai papan</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Tampilkan sebagai tabel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <translation>“%1” dipindahkan ke %2.</translation>
    </message>
    <message>
        <source>Move &amp;to</source>
        <translation>Pindahkan &amp;ke</translation>
    </message>
    <message>
        <source>Deal created.</source>
        <translation>Kesepakatan dibuat.</translation>
    </message>
    <message>
        <source>Loading deals…</source>
        <translation>Memuat kesepakatan…</translation>
    </message>
    <message>
        <source>Pipeline loading</source>
        <translation>Pipeline sedang dimuat</translation>
    </message>
    <message>
        <source>Some deals could not be read: %1</source>
        <translation>Sebagian kesepakatan tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>relasi::PrivacyBusyBar</name>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Batalkan pekerjaan yang sedang berjalan</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>relasi::PrivacyCentreDialog</name>
    <message>
        <source>&amp;Privacy centre…</source>
        <translation>&amp;Pusat privasi…</translation>
    </message>
    <message>
        <source>Export your data or the whole workspace, mailing lists with consent, retention rules and usage data</source>
        <translation>Ekspor data Anda atau seluruh ruang kerja, milis dengan persetujuan, aturan retensi, dan data penggunaan</translation>
    </message>
    <message>
        <source>Privacy centre – Relasi</source>
        <translation>Pusat privasi – Relasi</translation>
    </message>
    <message>
        <source>&amp;Data and exports</source>
        <translation>&amp;Data dan ekspor</translation>
    </message>
    <message>
        <source>&amp;Retention and usage</source>
        <translation>&amp;Retensi dan penggunaan</translation>
    </message>
    <message>
        <source>Privacy &amp;notice</source>
        <translation>Pemberitahuan &amp;privasi</translation>
    </message>
    <message>
        <source>Privacy centre sections</source>
        <translation>Bagian pusat privasi</translation>
    </message>
    <message>
        <source>A customer&apos;s own requests (consents, a copy of their data, erasure) are handled on that customer&apos;s Privacy tab.</source>
        <translation>Permintaan dari pelanggan sendiri (persetujuan, salinan data mereka, penghapusan) ditangani di tab Privasi pelanggan tersebut.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Pemberitahuan privasi</translation>
    </message>
</context>
<context>
    <name>relasi::PrivacyDataPage</name>
    <message>
        <source>Marketing e-mails</source>
        <translation>E-mail pemasaran</translation>
    </message>
    <message>
        <source>Marketing by WhatsApp/SMS</source>
        <translation>Pemasaran lewat WhatsApp/SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Panggilan telepon</translation>
    </message>
    <message>
        <source>never gave consent: %1</source>
        <translation>tidak pernah memberi persetujuan: %1</translation>
    </message>
    <message>
        <source>withdrew consent: %1</source>
        <translation>menarik persetujuan: %1</translation>
    </message>
    <message>
        <source>no address for this channel: %1</source>
        <translation>tanpa alamat untuk saluran ini: %1</translation>
    </message>
    <message>
        <source>anonymised: %1</source>
        <translation>dianonimkan: %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>dihapus: %1</translation>
    </message>
    <message>
        <source>Your own data</source>
        <translation>Data Anda sendiri</translation>
    </message>
    <message>
        <source>A copy of what this workspace holds about you: your account, your settings, your usage data, this workspace&apos;s devices and the audit entries of what you did. A zip with JSON, CSV files and a page to read.</source>
        <translation>Salinan semua yang disimpan ruang kerja ini tentang Anda: akun, pengaturan, data penggunaan, perangkat ruang kerja ini, dan entri audit atas tindakan Anda. Sebuah zip berisi JSON, file CSV, dan halaman yang mudah dibaca.</translation>
    </message>
    <message>
        <source>Export &amp;my data…</source>
        <translation>Ekspor &amp;data saya…</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Ekspor data saya</translation>
    </message>
    <message>
        <source>The whole workspace</source>
        <translation>Seluruh ruang kerja</translation>
    </message>
    <message>
        <source>Every table of the workspace as a CSV file with a manifest describing it, in one zip: everything needed to take the business&apos;s data to another product. It holds all personal data; keep it safe.</source>
        <translation>Setiap tabel ruang kerja sebagai file CSV beserta manifes yang menjelaskannya, dalam satu zip: semua yang diperlukan untuk memindahkan data usaha ke produk lain. Berisi semua data pribadi; simpan dengan aman.</translation>
    </message>
    <message>
        <source>Export the &amp;whole workspace…</source>
        <translation>Ekspor &amp;seluruh ruang kerja…</translation>
    </message>
    <message>
        <source>Export the whole workspace</source>
        <translation>Ekspor seluruh ruang kerja</translation>
    </message>
    <message>
        <source>Only the workspace owner can export the whole workspace.</source>
        <translation>Hanya pemilik ruang kerja yang dapat mengekspor seluruh ruang kerja.</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>Milis</translation>
    </message>
    <message>
        <source>Promotional messages go only to customers who agreed to them. The list holds exactly the customers whose consent for the channel is in force and who have an address for it.</source>
        <translation>Pesan promosi hanya dikirim ke pelanggan yang menyetujuinya. Daftar ini berisi tepat pelanggan yang persetujuannya untuk saluran ini masih berlaku dan memiliki alamat untuknya.</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Saluran:</translation>
    </message>
    <message>
        <source>Channel of the mailing list</source>
        <translation>Saluran milis</translation>
    </message>
    <message>
        <source>E&amp;xport the list…</source>
        <translation>E&amp;kspor daftar…</translation>
    </message>
    <message>
        <source>Export the mailing list</source>
        <translation>Ekspor milis</translation>
    </message>
    <message>
        <source>Only the owner or a manager can export a mailing list.</source>
        <translation>Hanya pemilik atau manajer yang dapat mengekspor milis.</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Arsip zip (*.zip)</translation>
    </message>
    <message>
        <source>my-relasi-data.zip</source>
        <translation>data-relasi-saya.zip</translation>
    </message>
    <message>
        <source>Exporting your data…</source>
        <translation>Mengekspor data Anda…</translation>
    </message>
    <message>
        <source>Your data was not exported: %1</source>
        <translation>Data Anda tidak diekspor: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2 KB).</source>
        <translation>Tersimpan %1 (%2 KB).</translation>
    </message>
    <message>
        <source>relasi-workspace-%1.zip</source>
        <translation>ruang-kerja-relasi-%1.zip</translation>
    </message>
    <message>
        <source>Exporting the whole workspace… Nothing is written until it is complete, so you can cancel.</source>
        <translation>Mengekspor seluruh ruang kerja… Belum ada yang ditulis sampai selesai, jadi Anda dapat membatalkannya.</translation>
    </message>
    <message>
        <source>The workspace export was cancelled; no file was written.</source>
        <translation>Ekspor ruang kerja dibatalkan; tidak ada file yang ditulis.</translation>
    </message>
    <message>
        <source>The workspace was not exported: %1</source>
        <translation>Ruang kerja tidak diekspor: %1</translation>
    </message>
    <message>
        <source>Saved %1: %2 tables, %3 KB. It holds all the workspace&apos;s personal data; keep it safe.</source>
        <translation>Tersimpan %1: %2 tabel, %3 KB. Berisi semua data pribadi ruang kerja; simpan dengan aman.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Counting the customers with consent…</source>
        <translation>Menghitung pelanggan yang memberi persetujuan…</translation>
    </message>
    <message>
        <source>The list could not be counted: %1</source>
        <translation>Daftar tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the list: %1&lt;/b&gt; (consent in force and an address for this channel).</source>
        <translation>&lt;b&gt;Dalam daftar: %1&lt;/b&gt; (persetujuan berlaku dan ada alamat untuk saluran ini).</translation>
    </message>
    <message>
        <source>Left out: %1 (%2).</source>
        <translation>Tidak disertakan: %1 (%2).</translation>
    </message>
    <message>
        <source>Nobody was left out.</source>
        <translation>Tidak ada yang terlewat.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>mailing-list-%1.csv</source>
        <translation>milis-%1.csv</translation>
    </message>
    <message>
        <source>Exporting the mailing list…</source>
        <translation>Mengekspor milis…</translation>
    </message>
    <message>
        <source>The mailing list was not exported: %1</source>
        <translation>Milis tidak diekspor: %1</translation>
    </message>
    <message>
        <source>Saved %1 with %2 customers on the list.</source>
        <translation>Tersimpan %1 dengan %2 pelanggan dalam daftar.</translation>
    </message>
</context>
<context>
    <name>relasi::PrivacyNoticePage</name>
    <message>
        <source>Welcome to Relasi</source>
        <translation>Selamat datang di Relasi</translation>
    </message>
    <message>
        <source>Please read how Relasi handles your data before you create a workspace.</source>
        <translation>Bacalah cara Relasi menangani data Anda sebelum membuat ruang kerja.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Pemberitahuan privasi</translation>
    </message>
    <message>
        <source>I have read and &amp;accept the privacy notice</source>
        <translation>Saya telah membaca dan &amp;menyetujui pemberitahuan privasi</translation>
    </message>
    <message>
        <source>I am &amp;18 years of age or older</source>
        <translation>Saya berusia &amp;18 tahun atau lebih</translation>
    </message>
</context>
<context>
    <name>relasi::PrivacySettingsPage</name>
    <message>
        <source>communication log entries: %1</source>
        <translation>catatan komunikasi: %1</translation>
    </message>
    <message>
        <source>communication log entries: rule off</source>
        <translation>catatan komunikasi: aturan nonaktif</translation>
    </message>
    <message>
        <source>inactive customers: %1</source>
        <translation>pelanggan tidak aktif: %1</translation>
    </message>
    <message>
        <source>inactive customers: rule off</source>
        <translation>pelanggan tidak aktif: aturan nonaktif</translation>
    </message>
    <message>
        <source>usage events: rule off</source>
        <translation>data penggunaan: aturan nonaktif</translation>
    </message>
    <message>
        <source>usage events: none stored</source>
        <translation>data penggunaan: tidak ada yang tersimpan</translation>
    </message>
    <message>
        <source>usage events: %1</source>
        <translation>data penggunaan: %1</translation>
    </message>
    <message>
        <source>Your usage data</source>
        <translation>Data penggunaan Anda</translation>
    </message>
    <message>
        <source>&amp;Help improve Relasi: record which screens I use and for how long</source>
        <translation>&amp;Bantu tingkatkan Relasi: catat layar yang saya gunakan dan berapa lama</translation>
    </message>
    <message>
        <source>Usage analytics opt-in</source>
        <translation>Persetujuan analitik penggunaan</translation>
    </message>
    <message>
        <source>Off unless you turn it on. Only screen and action names and times are recorded, never customer data; they stay in this workspace and are never sent anywhere. Relasi uses no cookies or other tracking.</source>
        <translation>Nonaktif kecuali Anda menyalakannya. Hanya nama layar, nama tindakan, dan waktu yang dicatat, tidak pernah data pelanggan; semuanya tetap di ruang kerja ini dan tidak pernah dikirim ke mana pun. Relasi tidak memakai cookie atau pelacakan lain.</translation>
    </message>
    <message>
        <source>&amp;Delete my usage data</source>
        <translation>Hapus &amp;data penggunaan saya</translation>
    </message>
    <message>
        <source>Delete my usage data</source>
        <translation>Hapus data penggunaan saya</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Aturan penyimpanan data</translation>
    </message>
    <message>
        <source>Keep personal data only as long as it is needed. Each rule is off when set to &quot;Off&quot;. Customers under legal hold are never touched. Rules run by themselves once a day when the owner signs in.</source>
        <translation>Simpan data pribadi hanya selama diperlukan. Setiap aturan nonaktif bila disetel ke &quot;Nonaktif&quot;. Pelanggan yang ditahan karena alasan hukum tidak pernah disentuh. Aturan berjalan otomatis sekali sehari saat pemilik masuk.</translation>
    </message>
    <message>
        <source>Delete communication logs older than this many months</source>
        <translation>Hapus catatan komunikasi yang lebih lama dari sekian bulan</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Anonymize customers without activity for this many years</source>
        <translation>Anonimkan pelanggan tanpa aktivitas selama sekian tahun</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>Drop usage data older than this many days</source>
        <translation>Hapus data penggunaan yang lebih lama dari sekian hari</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Delete communication &amp;logs older than:</source>
        <translation>Hapus &amp;catatan komunikasi lebih lama dari:</translation>
    </message>
    <message>
        <source>Anonymize customers &amp;inactive for:</source>
        <translation>Anonimkan pelanggan &amp;tidak aktif selama:</translation>
    </message>
    <message>
        <source>Drop &amp;usage data older than:</source>
        <translation>Hapus data &amp;penggunaan lebih lama dari:</translation>
    </message>
    <message>
        <source>Only the workspace owner can change or apply the retention rules.</source>
        <translation>Hanya pemilik ruang kerja yang dapat mengubah atau menerapkan aturan penyimpanan data.</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>&amp;Simpan aturan</translation>
    </message>
    <message>
        <source>Save the retention rules</source>
        <translation>Simpan aturan penyimpanan data</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>P&amp;ratinjau</translation>
    </message>
    <message>
        <source>Preview what the saved rules would remove now</source>
        <translation>Pratinjau apa yang akan dihapus aturan tersimpan saat ini</translation>
    </message>
    <message>
        <source>&amp;Apply now…</source>
        <translation>&amp;Terapkan sekarang…</translation>
    </message>
    <message>
        <source>Apply the saved retention rules now</source>
        <translation>Terapkan aturan penyimpanan data yang tersimpan sekarang</translation>
    </message>
    <message>
        <source>Usage events recorded for you: %1</source>
        <translation>Data penggunaan yang tercatat untuk Anda: %1</translation>
    </message>
    <message>
        <source>Your usage data could not be read: %1</source>
        <translation>Data penggunaan Anda tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>This device: nothing recorded yet.</source>
        <translation>Perangkat ini: belum ada yang tercatat.</translation>
    </message>
    <message>
        <source>This device&apos;s record could not be read: %1</source>
        <translation>Catatan perangkat ini tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>This device, as recorded (no IP address, hardware or user names):
Device id: %1
System: %2
Relasi version: %3
First used: %4
Last used: %5</source>
        <translation>Perangkat ini, sesuai catatan (tanpa alamat IP, perangkat keras, atau nama pengguna):
ID perangkat: %1
Sistem: %2
Versi Relasi: %3
Pertama dipakai: %4
Terakhir dipakai: %5</translation>
    </message>
    <message>
        <source>Your choice was not saved: %1</source>
        <translation>Pilihan Anda tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Deleted %1 usage events.</source>
        <translation>%1 data penggunaan dihapus.</translation>
    </message>
    <message>
        <source>Your usage data was not deleted: %1</source>
        <translation>Data penggunaan Anda tidak dihapus: %1</translation>
    </message>
    <message>
        <source>The retention rules could not be read: %1</source>
        <translation>Aturan penyimpanan data tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Save the rules first.</source>
        <translation>Simpan aturan terlebih dahulu.</translation>
    </message>
    <message>
        <source>The rules were not saved: %1</source>
        <translation>Aturan tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Retention rules saved. Use Preview to see what they would remove now.</source>
        <translation>Aturan penyimpanan data tersimpan. Gunakan Pratinjau untuk melihat apa yang akan dihapus saat ini.</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Pratinjau gagal: %1</translation>
    </message>
    <message>
        <source>Would remove now: %1. Nothing has been changed yet.</source>
        <translation>Akan dihapus sekarang: %1. Belum ada yang diubah.</translation>
    </message>
    <message>
        <source>Apply retention rules</source>
        <translation>Terapkan aturan penyimpanan data</translation>
    </message>
    <message>
        <source>This removes now: %1.

It cannot be undone. Go ahead?</source>
        <translation>Ini akan menghapus sekarang: %1.

Tindakan ini tidak dapat dibatalkan. Lanjutkan?</translation>
    </message>
    <message>
        <source>The rules were not applied: %1</source>
        <translation>Aturan tidak diterapkan: %1</translation>
    </message>
    <message>
        <source>Applied. Removed: %1.</source>
        <translation>Diterapkan. Dihapus: %1.</translation>
    </message>
    <message>
        <source>Your recorded usage, by screen and action</source>
        <translation>Penggunaan Anda yang tercatat, per layar dan tindakan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Screen or action</source>
        <translation>Layar atau tindakan</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Kali</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Waktu yang dihabiskan</translation>
    </message>
    <message>
        <source>Screen opened</source>
        <translation>Layar dibuka</translation>
    </message>
    <message>
        <source>Time on screen</source>
        <translation>Waktu di layar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>Counting what the rules would remove…</source>
        <translation>Menghitung apa yang akan dihapus aturan…</translation>
    </message>
    <message>
        <source>Applying the retention rules… This runs as one step and cannot be interrupted.</source>
        <translation>Menerapkan aturan retensi… Ini berjalan dalam satu langkah dan tidak dapat dihentikan.</translation>
    </message>
</context>
<context>
    <name>relasi::RecoveryCodePage</name>
    <message>
        <source>Copied. The clipboard is cleared when Relasi locks; paste the code somewhere safe now.</source>
        <translation>Disalin. Papan klip dikosongkan saat Relasi terkunci; tempelkan kode di tempat yang aman sekarang.</translation>
    </message>
    <message>
        <source>Relasi recovery code</source>
        <translation>Kode pemulihan Relasi</translation>
    </message>
    <message>
        <source>This code opens your Relasi workspace if the password is forgotten. Keep it offline and private, for example printed and stored with your important papers.</source>
        <translation>Kode ini membuka ruang kerja Relasi Anda jika kata sandi terlupa. Simpan secara luring dan rahasia, misalnya dicetak dan disimpan bersama dokumen penting Anda.</translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation>Simpan kode pemulihan</translation>
    </message>
    <message>
        <source>relasi-recovery-code.txt</source>
        <translation>kode-pemulihan-relasi.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Berkas teks (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move this file to a safe place, such as a USB stick you keep locked away.</source>
        <translation>Disimpan ke %1. Pindahkan berkas ini ke tempat yang aman, misalnya flashdisk yang Anda simpan di tempat terkunci.</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Berkas tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Kode pemulihan Anda</translation>
    </message>
    <message>
        <source>This is shown only once.</source>
        <translation>Kode ini hanya ditampilkan sekali.</translation>
    </message>
    <message>
        <source>If you forget your password, this code is the only way to open the workspace. Relasi does not keep a readable copy and nobody can recover it for you. Write it down or save it, and keep it apart from this computer.</source>
        <translation>Jika Anda lupa kata sandi, kode ini satu-satunya cara untuk membuka ruang kerja. Relasi tidak menyimpan salinan yang dapat dibaca dan tidak ada yang dapat memulihkannya untuk Anda. Catat atau simpan kode ini, dan simpan terpisah dari komputer ini.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>Simpan ke &amp;berkas…</translation>
    </message>
    <message>
        <source>I have stored the recovery code somewhere &amp;safe</source>
        <translation>Saya telah menyimpan kode pemulihan di tempat yang &amp;aman</translation>
    </message>
</context>
<context>
    <name>relasi::RetentionRunner</name>
    <message>
        <source>Retention rules could not be applied: %1</source>
        <translation>Aturan retensi tidak dapat diterapkan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retention rules applied: %n communication log entries removed, </source>
        <translation>
            <numerusform>Aturan retensi diterapkan: %n catatan komunikasi dihapus, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive customers anonymised.</source>
        <translation>
            <numerusform>%n pelanggan tidak aktif dianonimkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relasi::RoleNames</name>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Peninjau</translation>
    </message>
</context>
<context>
    <name>relasi::SettingsDialog</name>
    <message>
        <source>Settings – Relasi</source>
        <translation>Pengaturan – Relasi</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Kunci setelah diam:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>Minutes of inactivity before the workspace locks</source>
        <translation>Jumlah menit tanpa aktivitas sebelum ruang kerja terkunci</translation>
    </message>
    <message>
        <source>When nobody uses Relasi for this long, the workspace locks and the password is needed again. 0 means never.</source>
        <translation>Jika Relasi tidak digunakan selama waktu ini, ruang kerja terkunci dan kata sandi diperlukan lagi. 0 berarti tidak pernah.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Umum</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>Pri&amp;vasi</translation>
    </message>
    <message>
        <source>The business defaults could not be saved: %1</source>
        <translation>Bawaan usaha tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>relasi::TaskBucketProxy</name>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
</context>
<context>
    <name>relasi::TasksDueModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Penanggung jawab</translation>
    </message>
</context>
<context>
    <name>relasi::TasksPage</name>
    <message>
        <source>You may not change this task.</source>
        <translation>Anda tidak berhak mengubah tugas ini.</translation>
    </message>
    <message>
        <source>The task could not be marked done. %1</source>
        <translation>Tugas tidak dapat ditandai selesai. %1</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Tugas jatuh tempo: %1</translation>
    </message>
    <message>
        <source>A task needs your attention.</source>
        <translation>Ada tugas yang perlu Anda perhatikan.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Tenggat %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>Tugas &amp;baru</translation>
    </message>
    <message>
        <source>Add a task (%1)</source>
        <translation>Tambah tugas (%1)</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Tugas baru</translation>
    </message>
    <message>
        <source>Show everyone&apos;s tasks</source>
        <translation>Tampilkan tugas semua orang</translation>
    </message>
    <message>
        <source>No open tasks. Press Ctrl+N to add one.</source>
        <translation>Tidak ada tugas terbuka. Tekan Ctrl+N untuk menambahkan.</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Terlambat (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Hari ini (%1)</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Mendatang (%1)</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tugas terlambat</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Tugas hari ini</translation>
    </message>
    <message>
        <source>Upcoming tasks</source>
        <translation>Tugas mendatang</translation>
    </message>
</context>
<context>
    <name>relasi::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
</context>
<context>
    <name>relasi::UnlockDialog</name>
    <message>
        <source>Unlock workspace – Relasi</source>
        <translation>Buka kunci ruang kerja – Relasi</translation>
    </message>
    <message>
        <source>Unlock the demo workspace</source>
        <translation>Buka kunci ruang kerja demo</translation>
    </message>
    <message>
        <source>Unlock workspace</source>
        <translation>Buka kunci ruang kerja</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Folder ruang kerja</translation>
    </message>
    <message>
        <source>This is a demo workspace with the publicly known password &quot;demo-relasi-2026&quot;. Do not enter real customer data into it.</source>
        <translation>Ini adalah ruang kerja demo dengan kata sandi yang diketahui umum, &quot;demo-relasi-2026&quot;. Jangan masukkan data pelanggan sungguhan ke dalamnya.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Owner (leave empty)</source>
        <translation>Pemilik (biarkan kosong)</translation>
    </message>
    <message>
        <source>E-mail address of the user signing in</source>
        <translation>Alamat e-mail pengguna yang masuk</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Caps Lock appears to be on.</source>
        <translation>Caps Lock tampaknya aktif.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Kode &amp;pemulihan:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Re&amp;peat new password:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Use my &amp;password instead</source>
        <translation>Gunakan &amp;kata sandi saja</translation>
    </message>
    <message>
        <source>Use recovery &amp;code instead</source>
        <translation>Gunakan &amp;kode pemulihan</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Membuka kunci</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Membuka kunci…</translation>
    </message>
    <message>
        <source>&amp;Recover and unlock</source>
        <translation>&amp;Pulihkan dan buka</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Tunggu %n dtk</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating this workspace for this version of Relasi. This happens once and can take a few minutes for a large workspace; please keep Relasi open.</source>
        <translation>Memperbarui ruang kerja ini untuk versi Relasi ini. Ini hanya terjadi sekali dan dapat memakan waktu beberapa menit untuk ruang kerja yang besar; biarkan Relasi tetap terbuka.</translation>
    </message>
</context>
<context>
    <name>relasi::UsersPage</name>
    <message>
        <source>The users could not be read: %1</source>
        <translation>Daftar pengguna tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Active, temporary password</source>
        <translation>Aktif, kata sandi sementara</translation>
    </message>
    <message>
        <source>A user with this e-mail address exists already.</source>
        <translation>Sudah ada pengguna dengan alamat email ini.</translation>
    </message>
    <message>
        <source>The user could not be added: %1</source>
        <translation>Pengguna tidak dapat ditambahkan: %1</translation>
    </message>
    <message>
        <source>The user could not be given a password: %1</source>
        <translation>Kata sandi untuk pengguna tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>The user was added, but the temporary password is not marked: %1</source>
        <translation>Pengguna sudah ditambahkan, tetapi kata sandi sementara tidak ditandai: %1</translation>
    </message>
    <message>
        <source>%1 was added. Give them the temporary password in person.</source>
        <translation>%1 sudah ditambahkan. Berikan kata sandi sementara secara langsung.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Kata sandi sementara</translation>
    </message>
    <message>
        <source>%1 signs in with the e-mail address %2 and this temporary password, then chooses their own. It is shown only now.</source>
        <translation>%1 masuk dengan alamat email %2 dan kata sandi sementara ini, lalu memilih kata sandi sendiri. Kata sandi ini hanya ditampilkan sekarang.</translation>
    </message>
    <message>
        <source>I have passed it on</source>
        <translation>Sudah saya sampaikan</translation>
    </message>
    <message>
        <source>Change the role of %1.</source>
        <translation>Ubah peran %1.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Peran baru</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>&amp;Peran baru:</translation>
    </message>
    <message>
        <source>The workspace needs at least one active owner.</source>
        <translation>Ruang kerja memerlukan paling sedikit satu pemilik yang aktif.</translation>
    </message>
    <message>
        <source>The role could not be changed: %1</source>
        <translation>Peran tidak dapat diubah: %1</translation>
    </message>
    <message>
        <source>The role was changed. It applies from the user&apos;s next sign-in.</source>
        <translation>Peran sudah diubah. Berlaku sejak pengguna masuk berikutnya.</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in on this computer: their password is removed from the workspace. Their records stay.</source>
        <translation>Nonaktifkan %1? Pengguna ini tidak dapat masuk lagi di komputer ini: kata sandinya dihapus dari ruang kerja. Datanya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Nonaktifkan pengguna</translation>
    </message>
    <message>
        <source>You cannot disable yourself or the last owner.</source>
        <translation>Anda tidak dapat menonaktifkan diri sendiri atau pemilik terakhir.</translation>
    </message>
    <message>
        <source>The user could not be disabled: %1</source>
        <translation>Pengguna tidak dapat dinonaktifkan: %1</translation>
    </message>
    <message>
        <source>%1 was disabled.</source>
        <translation>%1 sudah dinonaktifkan.</translation>
    </message>
    <message>
        <source>Make a new recovery code? The old code stops working at once. Store the new one somewhere safe, away from this computer.</source>
        <translation>Buat kode pemulihan baru? Kode lama langsung tidak berlaku. Simpan kode baru di tempat aman, jauh dari komputer ini.</translation>
    </message>
    <message>
        <source>Make new code</source>
        <translation>Buat kode baru</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Kode pemulihan baru</translation>
    </message>
    <message>
        <source>No new recovery code was made: %1</source>
        <translation>Kode pemulihan baru tidak dibuat: %1</translation>
    </message>
    <message>
        <source>A new recovery code was made, but it could not be recorded in the audit log: %1</source>
        <translation>Kode pemulihan baru sudah dibuat, tetapi tidak dapat dicatat di log audit: %1</translation>
    </message>
    <message>
        <source>A new recovery code was made; the old one no longer works.</source>
        <translation>Kode pemulihan baru sudah dibuat; kode lama tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>With this code the workspace can be opened if every password is forgotten. Write it down or print it and keep it safe. It is shown only now.</source>
        <translation>Dengan kode ini ruang kerja dapat dibuka jika semua kata sandi terlupa. Tulis atau cetak kode ini dan simpan dengan aman. Kode ini hanya ditampilkan sekarang.</translation>
    </message>
    <message>
        <source>I have stored it</source>
        <translation>Sudah saya simpan</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Tambah pengguna…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Ubah &amp;peran…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Nonaktifkan…</translation>
    </message>
    <message>
        <source>New recovery &amp;code…</source>
        <translation>&amp;Kode pemulihan baru…</translation>
    </message>
</context>
<context>
    <name>relasi::WelcomeWindow</name>
    <message>
        <source>Open a workspace folder</source>
        <translation>Buka folder ruang kerja</translation>
    </message>
    <message>
        <source>Welcome – Relasi</source>
        <translation>Selamat datang – Relasi</translation>
    </message>
    <message>
        <source>Welcome to Relasi</source>
        <translation>Selamat datang di Relasi</translation>
    </message>
    <message>
        <source>Your customers, conversations and sales, encrypted on this computer.</source>
        <translation>Pelanggan, percakapan, dan penjualan Anda, terenkripsi di komputer ini.</translation>
    </message>
    <message>
        <source>&amp;Create a new workspace</source>
        <translation>&amp;Buat ruang kerja baru</translation>
    </message>
    <message>
        <source>Set up an encrypted workspace for your business</source>
        <translation>Siapkan ruang kerja terenkripsi untuk usaha Anda</translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation>B&amp;uka ruang kerja…</translation>
    </message>
    <message>
        <source>Choose an existing workspace folder</source>
        <translation>Pilih folder ruang kerja yang sudah ada</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Buka ruang kerja &amp;demo</translation>
    </message>
    <message>
        <source>Try Relasi with a demo workspace. Not for real data.</source>
        <translation>Coba Relasi dengan ruang kerja demo. Bukan untuk data sungguhan.</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Ruang kerja &amp;terakhir</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Ruang kerja terakhir</translation>
    </message>
    <message>
        <source>No recent workspaces. Create one or open an existing folder.</source>
        <translation>Belum ada ruang kerja terakhir. Buat yang baru atau buka folder yang sudah ada.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
</context>
</TS>

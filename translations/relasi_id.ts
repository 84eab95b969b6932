<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
        <source>Relasi records each customer's consent per purpose and channel, and lets them withdraw it.</source>
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
        <source>Relasi is made by a company based in Indonesia. Data is handled in line with Indonesia's Personal Data Protection Law (UU PDP No. 27/2022) and other applicable law.</source>
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
        <source>Relasi's privacy notice has been updated. What changed:</source>
        <translation>Pemberitahuan privasi Relasi telah diperbarui. Yang berubah:</translation>
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
        <source>This is a demo workspace with the publicly known password "demo-relasi-2026". Do not enter real customer data into it.</source>
        <translation>Ini adalah ruang kerja demo dengan kata sandi yang diketahui umum, "demo-relasi-2026". Jangan masukkan data pelanggan sungguhan ke dalamnya.</translation>
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
        <translation><numerusform>Tunggu %n dtk</numerusform></translation>
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

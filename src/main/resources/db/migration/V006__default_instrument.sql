-- PELITA's own work-motivation instrument (written for this project; self-determination theory
-- subscales plus training transfer). Amotivation items are reverse-scored. Published, version 1.

INSERT INTO survey_instrument (code, instrument_version, name_id, name_en, scale_min, scale_max, status)
VALUES ('PELITA-MOTIVASI', 1, 'Motivasi Kerja PELITA', 'PELITA Work Motivation', 1, 5, 'PUBLISHED');
SET @instrument = LAST_INSERT_ID();
INSERT INTO survey_scale_label (instrument_id, point, label_id, label_en) VALUES
    (@instrument, 1, 'Sangat tidak setuju', 'Strongly disagree'),
    (@instrument, 2, 'Tidak setuju', 'Disagree'),
    (@instrument, 3, 'Netral', 'Neutral'),
    (@instrument, 4, 'Setuju', 'Agree'),
    (@instrument, 5, 'Sangat setuju', 'Strongly agree');
INSERT INTO survey_subscale (instrument_id, code, name_id, name_en, in_index, position) VALUES
    (@instrument, 'INTRINSIC', 'Intrinsik', 'Intrinsic', TRUE, 1),
    (@instrument, 'IDENTIFIED', 'Teridentifikasi', 'Identified', TRUE, 2),
    (@instrument, 'INTROJECTED', 'Introyeksi', 'Introjected', TRUE, 3),
    (@instrument, 'EXTERNAL', 'Eksternal', 'External', FALSE, 4),
    (@instrument, 'AMOTIVATION', 'Amotivasi (dibalik)', 'Amotivation (reversed)', TRUE, 5),
    (@instrument, 'TRANSFER', 'Manfaat pelatihan', 'Training transfer', FALSE, 6);
INSERT INTO survey_item (instrument_id, subscale_id, position, text_id, text_en, reverse_scored)
SELECT @instrument, s.id, t.position, t.text_id, t.text_en, t.reverse_scored FROM (
    SELECT 1 AS position, 'INTRINSIC' AS code, 'Saya menikmati tugas-tugas yang saya kerjakan di kantor.' AS text_id, 'I enjoy the tasks I do at the office.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 2 AS position, 'INTRINSIC' AS code, 'Pekerjaan saya sehari-hari menarik bagi saya.' AS text_id, 'My daily work is interesting to me.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 3 AS position, 'INTRINSIC' AS code, 'Saya merasa senang ketika dapat melayani warga dengan baik.' AS text_id, 'I feel glad when I can serve citizens well.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 4 AS position, 'INTRINSIC' AS code, 'Saya sering larut dalam pekerjaan karena menyukainya.' AS text_id, 'I often get absorbed in my work because I like it.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 5 AS position, 'IDENTIFIED' AS code, 'Pekerjaan saya penting bagi warga Plaju.' AS text_id, 'My work matters to the citizens of Plaju.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 6 AS position, 'IDENTIFIED' AS code, 'Saya memahami mengapa tugas saya bernilai bagi kantor.' AS text_id, 'I understand why my tasks are valuable to the office.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 7 AS position, 'IDENTIFIED' AS code, 'Bekerja dengan baik sesuai dengan nilai-nilai pribadi saya.' AS text_id, 'Working well fits my personal values.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 8 AS position, 'IDENTIFIED' AS code, 'Saya berusaha keras karena hasil kerja saya berguna bagi pelayanan publik.' AS text_id, 'I make an effort because my work is useful for public service.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 9 AS position, 'INTROJECTED' AS code, 'Saya akan merasa bersalah jika tidak bekerja dengan sungguh-sungguh.' AS text_id, 'I would feel guilty if I did not work seriously.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 10 AS position, 'INTROJECTED' AS code, 'Saya ingin atasan dan rekan kerja memandang saya sebagai pegawai yang baik.' AS text_id, 'I want my superiors and colleagues to see me as a good employee.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 11 AS position, 'INTROJECTED' AS code, 'Saya akan malu jika pekerjaan saya tertinggal.' AS text_id, 'I would be ashamed if my work fell behind.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 12 AS position, 'EXTERNAL' AS code, 'Saya bekerja keras terutama agar penilaian SKP saya baik.' AS text_id, 'I work hard mainly so that my SKP rating is good.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 13 AS position, 'EXTERNAL' AS code, 'Saya bekerja keras agar tidak ditegur atasan.' AS text_id, 'I work hard so that my superior does not reprimand me.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 14 AS position, 'EXTERNAL' AS code, 'Tunjangan kinerja adalah alasan utama saya berusaha.' AS text_id, 'The performance allowance is the main reason I make an effort.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 15 AS position, 'AMOTIVATION' AS code, 'Saya tidak tahu mengapa saya melakukan pekerjaan ini.' AS text_id, 'I don''t know why I do this work.' AS text_en, TRUE AS reverse_scored
    UNION ALL
    SELECT 16 AS position, 'AMOTIVATION' AS code, 'Saya merasa usaha saya di kantor tidak ada artinya.' AS text_id, 'I feel my effort at the office is pointless.' AS text_en, TRUE AS reverse_scored
    UNION ALL
    SELECT 17 AS position, 'AMOTIVATION' AS code, 'Saya hanya menjalankan rutinitas tanpa tujuan yang jelas.' AS text_id, 'I only go through the routine without a clear purpose.' AS text_en, TRUE AS reverse_scored
    UNION ALL
    SELECT 18 AS position, 'TRANSFER' AS code, 'Pelatihan yang saya ikuti membantu pekerjaan sehari-hari saya.' AS text_id, 'The training I attend helps my daily work.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 19 AS position, 'TRANSFER' AS code, 'Saya dapat menerapkan materi pelatihan di unit kerja saya.' AS text_id, 'I can apply what I learn in training in my unit.' AS text_en, FALSE AS reverse_scored
    UNION ALL
    SELECT 20 AS position, 'TRANSFER' AS code, 'Setelah mengikuti pelatihan, saya lebih percaya diri melayani warga.' AS text_id, 'After training I am more confident serving citizens.' AS text_en, FALSE AS reverse_scored
) t JOIN survey_subscale s ON s.instrument_id = @instrument AND s.code = t.code;

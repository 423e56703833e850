/**
 * Bahasa Indonesia for Apache ECharts (ECharts ships no Indonesian locale).
 * Same shape as echarts/lib/i18n/langEN.js.
 */
export default {
  time: {
    month: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
      'November', 'Desember'],
    monthAbbr: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    dayOfWeek: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
    dayOfWeekAbbr: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab']
  },
  legend: { selector: { all: 'Semua', inverse: 'Balik' } },
  toolbox: {
    brush: {
      title: {
        rect: 'Pilih Kotak', polygon: 'Pilih Laso', lineX: 'Pilih Horizontal', lineY: 'Pilih Vertikal',
        keep: 'Simpan Pilihan', clear: 'Hapus Pilihan'
      }
    },
    dataView: { title: 'Lihat Data', lang: ['Lihat Data', 'Tutup', 'Muat Ulang'] },
    dataZoom: { title: { zoom: 'Perbesar', back: 'Ukuran Semula' } },
    magicType: { title: { line: 'Grafik Garis', bar: 'Grafik Batang', stack: 'Tumpuk', tiled: 'Berjajar' } },
    restore: { title: 'Pulihkan' },
    saveAsImage: { title: 'Simpan sebagai Gambar', lang: ['Klik kanan untuk menyimpan gambar'] }
  },
  series: {
    typeNames: {
      pie: 'Diagram lingkaran', bar: 'Grafik batang', line: 'Grafik garis', scatter: 'Diagram sebar',
      effectScatter: 'Diagram sebar beriak', radar: 'Diagram radar', tree: 'Pohon', treemap: 'Peta pohon',
      boxplot: 'Diagram kotak', candlestick: 'Diagram lilin', k: 'Grafik K', heatmap: 'Peta panas', map: 'Peta',
      parallel: 'Koordinat paralel', lines: 'Grafik garis', graph: 'Grafik relasi', sankey: 'Diagram Sankey',
      funnel: 'Diagram corong', gauge: 'Meteran', pictorialBar: 'Batang bergambar', themeRiver: 'Peta sungai tema',
      sunburst: 'Diagram sunburst', custom: 'Grafik khusus', chart: 'Grafik'
    }
  },
  aria: {
    general: { withTitle: 'Ini adalah grafik tentang "{title}"', withoutTitle: 'Ini adalah grafik' },
    series: {
      single: { prefix: '', withName: ' bertipe {seriesType} bernama {seriesName}.', withoutName: ' bertipe {seriesType}.' },
      multiple: {
        prefix: '. Terdiri dari {seriesCount} seri.',
        withName: ' Seri ke-{seriesId} adalah {seriesType} yang menggambarkan {seriesName}.',
        withoutName: ' Seri ke-{seriesId} adalah {seriesType}.',
        separator: { middle: '', end: '' }
      }
    },
    data: {
      allData: 'Datanya sebagai berikut: ',
      partialData: '{displayCnt} data pertama: ',
      withName: 'data untuk {name} adalah {value}',
      withoutName: '{value}',
      separator: { middle: ', ', end: '. ' }
    }
  }
};

namespace CpdPortal.Domain.ReflectionQuality;

/// <summary>
/// Surnames common in the UK (the most frequent names in England and Wales, Scotland and Ireland, and frequent
/// surnames of families of South Asian, African, Eastern European, Middle Eastern and East Asian heritage). A
/// capitalised word followed by one of these is reported as a name even when the first name is not in
/// <see cref="CommonFirstNames"/>.
/// </summary>
internal static class CommonSurnames
{
    private const string Names = """
        Smith Jones Williams Brown Taylor Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker
        White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris
        Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young
        Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan
        Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Grey Mason
        Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher
        Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart
        Elliott Reynolds Saunders Payne Ford Pearce Brooks Lawrence Cole Atkinson Bradley Spencer Gill Dawson Burton
        Watts Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter
        Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson
        Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop
        Walton Burns Nicholson Shepherd Ross Cross Freeman Warren Nicholls Hamilton Byrne Sutton Yates Hodgson Robson
        Curtis Hopkins Harper Coleman Watkins Moss Chambers Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon
        Doyle Wallace Hutchinson Rowe Burke Pritchard Gilbert Willis Higgins Miles Stevenson Stephenson Hammond Arnold
        Buckley Walters Hewitt Barber Nelson Slater Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch
        Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp
        Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis
        Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley Miah Simmons Morton
        Morrison Norris Townsend Preston Hancock Thornton Baldwin Burrows Briggs Storey Hyde Rahman Uddin Islam
        Hossain Chowdhury Choudhury Sharma Kumar Mistry Chauhan Gupta Joshi Mehta Desai Parmar Sandhu Sidhu Dhillon
        Bains Malik Iqbal Butt Qureshi Mahmood Aslam Rashid Raza Javed Sheikh Nowak Kowalski Kowalska Wisniewski
        Wojcik Kaminski Lewandowski Zielinski Szymanski Wozniak Kozlowski Mazur Krawczyk Popescu Ionescu Popa Stan
        Dumitru Constantin Okafor Okonkwo Okoro Adeyemi Adebayo Ogunleye Oluwole Mensah Owusu Asante Boateng Osei
        Appiah Addo Mohamed Mohammed Abdi Hassan Yusuf Warsame Farah Omar Ibrahim Abdullah Chen Wang Zhang Liu Huang
        Wu Zhou Nguyen Tran Pham Kim Park O'Sullivan O'Connor O'Neill O'Brien O'Reilly O'Donnell McCarthy McLaughlin
        McDonald MacDonald McKenzie Mackenzie Fraser Ramsay Sinclair Duffy Gallacher Brennan Flynn Kavanagh Doherty
        Mensah Boakye Nwosu Eze Obi Okeke Adewale Afolabi Akinola Bello
        """;

    private static readonly HashSet<string> Set = new(
        Names.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> (or, for a double-barrelled name, either part) is a common surname.</summary>
    public static bool Contains(string word) =>
        Set.Contains(word) || (word.Contains('-', StringComparison.Ordinal) && word.Split('-').Any(Set.Contains));
}

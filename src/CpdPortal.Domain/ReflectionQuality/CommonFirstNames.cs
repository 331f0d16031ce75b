namespace CpdPortal.Domain.ReflectionQuality;

/// <summary>
/// First names common in the UK across the last fifty years of births and the communities children's services
/// work with (ONS baby-name lists and common names of families of South Asian, African, Caribbean, Eastern
/// European, Middle Eastern and East Asian heritage). A capitalised word from this list followed by a surname is
/// reported as a person's name.
/// </summary>
internal static class CommonFirstNames
{
    private const string Names = """
        Aaliyah Aaron Abbie Abby Abdul Abdullah Abdi Abigail Ada Adam Adeel Adele Adrian Agnieszka Ahmed Aidan Aiden
        Aisha Aishah Alan Albert Albie Aleksander Aleksandra Alex Alexander Alexandra Alexis Alfie Alfred Ali Alice
        Alicia Alisha Alison Amaan Amanda Amara Amelia Amelie Amina Amir Amira Amy Ana Andre Andrea Andreea Andrei
        Andrew Andy Angela Angus Anika Anita Ann Anna Annabelle Anne Annie Anthony Antonio Anya Archie Aria Ariana
        Arjun Arlo Arthur Aryan Asha Ashley Ashton Aston Aurora Austin Ava Ayaan Ayesha Ayla Bailey Barbara Beatrice
        Beau Bella Ben Benjamin Beth Bethany Billy Blessing Bobby Bonnie Brandon Brendan Brian Brooke Bryony Caitlin
        Caleb Callum Calum Calvin Cameron Carl Carla Carlos Carly Carmen Caroline Carter Casey Catherine Chanel
        Chantelle Charles Charlie Charlotte Chelsea Cherelle Chidi Chloe Chinedu Chioma Chris Christian Christina
        Christine Christopher Ciara Claire Clara Cody Colin Connor Conor Craig Daisy Dakota Dale Damian Damien Dan
        Daniel Daniela Daniella Danielle Danny Dante Daria Darius Darren David Dawid Dean Deborah Declan Demi Denise
        Dennis Derek Desmond Destiny Devon Dexter Diana Dimitri Dominic Dominik Donna Dylan Eddie Eden Edward Eilidh
        Eleanor Elena Eli Elias Elijah Elise Eliza Elizabeth Ella Ellie Elliot Elliott Elsie Emeka Emil Emilia Emily
        Emma Emmanuel Enzo Eric Erin Esme Esther Ethan Eva Evan Evelyn Evie Ewa Ezra Faisal Farah Fatima Fatuma
        Felix Filip Finlay Finley Finn Fiona Florence Frankie Freddie Frederick Freya Gabriel Gabriela Gabriella
        Gareth Gary Gemma Georgia George Georgina Gerald Ghazala Gideon Gillian Gloria Gordon Graham Gracie Gregory
        Gurpreet Hamza Hannah Harjit Harley Harper Harriet Harrison Harry Harvey Hassan Hayden Hayley Hazel Heather
        Hector Heidi Helen Henry Hollie Holly Hugo Hussain Ian Ibrahim Idris Ifeoma Iman Imogen Imran Ioana Isaac
        Isabel Isabella Isabelle Isaiah Isla Ismail Ivy Izabela Jackson Jacob Jacqueline Jade Jake Jakub James Jamie
        Jan Jane Janet Jasmine Jason Jay Jayden Jaxon Jean Jennifer Jenny Jeremiah Jermaine Jessica Jesse Jodie
        Joe Joel Joanne John Jonathan Jordan Joseph Josephine Josh Joshua Josiah Joyce Julia Julian Julie Justin
        Kacper Kai Kaitlyn Kamal Kamil Karen Karim Karina Kasia Katarzyna Kate Katherine Kathleen Katie Kayden Kayla
        Keira Keith Kelly Kenneth Kerry Kevin Khadija Kian Kieran Kim Kirsty Krzysztof Kyle Kyra Lacey Laila Lana Lara
        Laura Lauren Layla Leah Leighton Leila Lena Lenny Leo Leon Leonardo Lewis Lexi Liam Lily Lilly Lina Linda
        Lindsay Lisa Logan Lois Lola Lorna Louie Louis Louise Luca Lucas Lucia Lucy Luis Lukas Luke Luna Lydia Lyla
        Maciej Mackenzie Maddison Madeleine Madison Maisie Maja Malachi Malik Marcel Marcus Margaret Maria Mariam
        Marie Marek Mariusz Marta Martha Martin Mary Maryam Mason Matilda Matthew Mateusz Maya Megan Mehmet Melissa
        Mercy Mia Michael Michaela Michal Michelle Mikael Mila Millie Mihai Miriam Mohamed Mohammad Mohammed Molly
        Muhammad Musa Mustafa Nadia Naomi Natalia Natalie Natasha Nathan Nathaniel Neil Nia Nicholas Nicola Niamh
        Nikola Nina Noah Noor Nora Nosipho Nuala Obinna Ola Oleksandr Olena Oliver Olivia Ollie Omar Oscar Owen Paige
        Pamela Patricia Patrick Paul Paula Pauline Pawel Peter Philip Phoebe Piotr Pippa Poppy Precious Priya Rachel
        Rafael Rahul Rajesh Ramona Rana Rashid Rebecca Reece Reggie Rhys Ricardo Richard Riley Rio Rishi Robert Robyn
        Roman Ronan Ronnie Rory Rosie Ross Rowan Ruby Rupert Ruth Ryan Saanvi Sadie Safiya Sahil Saira Sally Samantha
        Samina Samir Samuel Sandra Sara Sarah Sasha Scarlett Sean Sebastian Sergiu Shabana Shane Shannon Sharon Shaun
        Shauna Sheila Shirley Shreya Sian Sienna Simon Simone Sofia Sonia Sophia Sophie Stacey Stanley Stefan Stella
        Stephanie Stephen Steven Stuart Summer Susan Suzanne Szymon Tamara Tanisha Tanya Tara Taylor Teddy Terry
        Thea Theo Theodore Thomas Tiago Tina Tobias Toby Tomasz Tommy Toni Tracey Tracy Trevor Tyler Tyrone Usman
        Valentina Vanessa Veronica Victor Victoria Vincent Violet Wiktoria Willow Wojciech Xavier Yasmin Yasmine
        Yusuf Yvonne Zac Zach Zachary Zainab Zak Zara Zayn Zoe Zofia Zuzanna
        Amal Ama Kwame Kofi Abena Adwoa Tendai Tariq Nasra Hodan Ayan Ebony Kezia Shanice Leroy Delroy Marlon Winston
        Precious Femi Tunde Bukola Dami Ngozi Oluwaseun Segun Yaw Esi Kojo
        Jack Grace Rose Hope Faith Max Frank Mark Bill Will Sam Jo Lee Chrissy Alexa Ruby Amber Autumn Dawn
        """;

    private static readonly HashSet<string> Set = new(
        Names.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/>, capitalised as typed, is a common first name.</summary>
    public static bool Contains(string word) => Set.Contains(word);
}
